namespace PeerLearning.Recognition.Tests.Ledger;

public sealed class InMemoryRecognitionStoreTests : RecognitionStoreContract
{
    protected override IRecognitionStore CreateStore() => new InMemoryRecognitionStore();
}

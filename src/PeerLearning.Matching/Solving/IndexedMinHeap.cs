namespace PeerLearning.Matching;

/// <summary>
/// A binary min-heap of node ids keyed by an external distance array, with decrease-key: each node is in the heap
/// at most once, so a Dijkstra search does no duplicate work. Positions are reset lazily by a generation stamp.
/// </summary>
internal sealed class IndexedMinHeap(int capacity)
{
    private readonly int[] _heap = new int[capacity];
    private readonly int[] _position = new int[capacity];
    private readonly int[] _stamp = new int[capacity];
    private readonly long[] _key = new long[capacity];
    private int _size;
    private int _generation;

    public int Count => _size;

    /// <summary>Empties the heap in O(1).</summary>
    public void Clear()
    {
        _size = 0;
        _generation++;
    }

    /// <summary>Inserts <paramref name="node"/> or lowers its key; a higher key is ignored.</summary>
    public void InsertOrDecrease(int node, long key)
    {
        if (_stamp[node] != _generation)
        {
            _stamp[node] = _generation;
            _key[node] = key;
            _heap[_size] = node;
            _position[node] = _size;
            Up(_size++);
        }
        else if (key < _key[node] && _position[node] >= 0)
        {
            _key[node] = key;
            Up(_position[node]);
        }
    }

    /// <summary>Removes and returns the node with the smallest key.</summary>
    public int Pop()
    {
        var top = _heap[0];
        _position[top] = -1;
        _size--;
        if (_size > 0)
        {
            var last = _heap[_size];
            _heap[0] = last;
            _position[last] = 0;
            Down(0);
        }

        return top;
    }

    private void Up(int i)
    {
        var node = _heap[i];
        var key = _key[node];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var p = _heap[parent];
            if (_key[p] <= key)
            {
                break;
            }

            _heap[i] = p;
            _position[p] = i;
            i = parent;
        }

        _heap[i] = node;
        _position[node] = i;
    }

    private void Down(int i)
    {
        var node = _heap[i];
        var key = _key[node];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _size)
            {
                break;
            }

            if (child + 1 < _size && _key[_heap[child + 1]] < _key[_heap[child]])
            {
                child++;
            }

            var c = _heap[child];
            if (_key[c] >= key)
            {
                break;
            }

            _heap[i] = c;
            _position[c] = i;
            i = child;
        }

        _heap[i] = node;
        _position[node] = i;
    }
}

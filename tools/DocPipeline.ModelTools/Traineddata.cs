namespace DocPipeline.ModelTools;

/// <summary>
/// A .traineddata container (TessdataManager::Serialize): an int32 entry count, one int64 offset per entry (−1 for an
/// absent one), then the present entries in order. Entry 17 is the LSTM recognizer, 18–22 its dawgs and character set.
/// </summary>
public sealed class Traineddata
{
    public const int LstmEntry = 17;

    private readonly byte[]?[] _entries;

    private Traineddata(byte[]?[] entries) => _entries = entries;

    public byte[]? this[int entry]
    {
        get => _entries[entry];
        set => _entries[entry] = value;
    }

    public static Traineddata Parse(byte[] data)
    {
        if (data.Length < 4) throw new InvalidDataException("not a .traineddata: too short");
        int count = BitConverter.ToInt32(data, 0);
        if (count is < 1 or > 64 || data.Length < 4 + 8 * count) throw new InvalidDataException($"not a .traineddata: {count} entries");
        var offsets = Enumerable.Range(0, count).Select(i => BitConverter.ToInt64(data, 4 + 8 * i)).ToArray();
        var entries = new byte[]?[count];
        for (int i = 0; i < count; i++)
        {
            if (offsets[i] < 0) continue;
            // An entry ends where the next present one begins, or at the end of the file.
            long end = offsets.Skip(i + 1).Where(o => o >= 0).DefaultIfEmpty(data.Length).First();
            if (offsets[i] > end || end > data.Length) throw new InvalidDataException($"entry {i} lies outside the file");
            entries[i] = data[(int)offsets[i]..(int)end];
        }
        return new Traineddata(entries);
    }

    public byte[] Serialize()
    {
        using var stream = new MemoryStream();
        stream.Write(BitConverter.GetBytes(_entries.Length));
        long offset = 4 + 8L * _entries.Length;
        foreach (var entry in _entries)
        {
            stream.Write(BitConverter.GetBytes(entry is null ? -1L : offset));
            offset += entry?.Length ?? 0;
        }
        foreach (var entry in _entries)
            if (entry is not null) stream.Write(entry);
        return stream.ToArray();
    }

    /// <summary>The same container with its LSTM recognizer replaced.</summary>
    public Traineddata WithLstm(NetworkModel model)
    {
        var copy = new Traineddata((byte[]?[])_entries.Clone());
        copy[LstmEntry] = model.Serialize();
        return copy;
    }

    public NetworkModel Lstm() =>
        NetworkModel.Parse(this[LstmEntry] ?? throw new InvalidDataException("the .traineddata has no LSTM model"));
}

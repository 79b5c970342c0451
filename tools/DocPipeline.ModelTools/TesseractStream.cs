using System.Text;

namespace DocPipeline.ModelTools;

/// <summary>
/// Tesseract's TFile serialization: little-endian scalars, strings and vectors as a uint32 count then the items.
/// Reading and writing sit side by side so that the two stay each other's mirror.
/// </summary>
internal sealed class TesseractReader(byte[] data)
{
    private int _position;

    public bool AtEnd => _position >= data.Length;

    public int Position => _position;

    public byte Byte() => Take(1)[0];

    public sbyte SByte() => unchecked((sbyte)Take(1)[0]);

    public int Int32() => BitConverter.ToInt32(Take(4));

    public uint UInt32() => BitConverter.ToUInt32(Take(4));

    public float Single() => BitConverter.ToSingle(Take(4));

    public double Double() => BitConverter.ToDouble(Take(8));

    public string String()
    {
        uint length = UInt32();
        return Encoding.UTF8.GetString(Take(checked((int)length)));
    }

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > data.Length)
            throw new InvalidDataException($"the model ends early: {count} bytes wanted at offset {_position} of {data.Length}");
        var span = data.AsSpan(_position, count);
        _position += count;
        return span;
    }

    public byte[] Rest() => Take(data.Length - _position).ToArray();
}

internal sealed class TesseractWriter
{
    private readonly MemoryStream _stream = new();

    public void Byte(byte value) => _stream.WriteByte(value);

    public void SByte(sbyte value) => _stream.WriteByte(unchecked((byte)value));

    public void Int32(int value) => _stream.Write(BitConverter.GetBytes(value));

    public void UInt32(uint value) => _stream.Write(BitConverter.GetBytes(value));

    public void Single(float value) => _stream.Write(BitConverter.GetBytes(value));

    public void Double(double value) => _stream.Write(BitConverter.GetBytes(value));

    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        UInt32((uint)bytes.Length);
        _stream.Write(bytes);
    }

    public void Bytes(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

    public byte[] ToArray() => _stream.ToArray();
}

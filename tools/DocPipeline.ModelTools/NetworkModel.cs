namespace DocPipeline.ModelTools;

/// <summary>
/// A Tesseract LSTM recognition model, the `lstm` component of a .traineddata (LSTMRecognizer::Serialize): the network,
/// then the spec string, training flags, iteration counters, null character and learning settings. The character set
/// and recoder live in their own components of the .traineddata and are not part of this file.
/// </summary>
public sealed record NetworkModel(NetworkLayer Network, string Spec, int TrainingFlags, int TrainingIteration,
    int SampleIteration, int NullChar, float LearningRate, float Momentum, float AdamBeta, byte[] Trailer)
{
    // TrainingFlags TF_INT_MODE (lstmrecognizer.h): the weights are 8-bit integers.
    private const int IntModeFlag = 1;

    public bool IsInteger => (TrainingFlags & IntModeFlag) != 0;

    public static NetworkModel Parse(byte[] data)
    {
        var reader = new TesseractReader(data);
        var network = ReadLayer(reader);
        string spec = reader.String();
        if (!spec.StartsWith('['))
            throw new InvalidDataException("no network spec after the network: a model with its own character set? Extract the lstm component of a .traineddata");
        var model = new NetworkModel(network, spec, reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(),
            reader.Single(), reader.Single(), reader.Single(), reader.Rest());
        if (model.Network.Weights.Any(w => w.IsInteger != model.IsInteger))
            throw new InvalidDataException("the model's int-mode flag disagrees with its weight matrices");
        return model;
    }

    public byte[] Serialize()
    {
        var writer = new TesseractWriter();
        WriteLayer(writer, Network);
        writer.String(Spec);
        writer.Int32(TrainingFlags);
        writer.Int32(TrainingIteration);
        writer.Int32(SampleIteration);
        writer.Int32(NullChar);
        writer.Single(LearningRate);
        writer.Single(Momentum);
        writer.Single(AdamBeta);
        writer.Bytes(Trailer);
        return writer.ToArray();
    }

    /// <summary>The same network with real-valued weights, which lstmtraining can continue from.</summary>
    public NetworkModel ToFloat() =>
        this with { Network = Network.MapWeights(w => w.ToFloat()), TrainingFlags = TrainingFlags & ~IntModeFlag };

    /// <summary>The same network with 8-bit weights, as `lstmtraining --stop_training --convert_to_int` writes it.</summary>
    public NetworkModel ToInteger() =>
        this with { Network = Network.MapWeights(w => w.ToInteger()), TrainingFlags = TrainingFlags | IntModeFlag };

    private static NetworkLayer ReadLayer(TesseractReader reader)
    {
        var header = ReadHeader(reader);
        return header.Type switch
        {
            "Input" => new InputLayer(header, [reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32()]),
            "Convolve" or "Maxpool" or "Reconfig" => new WindowLayer(header, reader.Int32(), reader.Int32()),
            "Series" or "Parallel" or "Replicated" or "ParBidiLSTM" or "DepParUDLSTM" or "Par2dLSTM"
                or "RTLReversed" or "TTBReversed" or "XYTranspose" => ReadPlumbing(reader, header),
            "LSTM" or "SummLSTM" or "LSTMSoftmax" or "LSTMBinarySoftmax" => ReadLstm(reader, header),
            "Logistic" or "LinLogistic" or "LinTanh" or "Tanh" or "Relu" or "Linear" or "Softmax" or "SoftmaxNoCTC" =>
                new FullyConnectedLayer(header, WeightMatrix.Read(reader, header.IsTraining)),
            _ => throw new InvalidDataException($"unknown layer type '{header.Type}' at offset {reader.Position}"),
        };
    }

    private static LayerHeader ReadHeader(TesseractReader reader)
    {
        // NT_NONE (0) announces a type name; older files store the type as its enum value instead.
        sbyte marker = reader.SByte();
        if (marker != 0) throw new InvalidDataException($"layer type by enum value ({marker}): a pre-4.0 model, not supported");
        return new LayerHeader(reader.String(), reader.Byte(), reader.Byte(), reader.Int32(), reader.Int32(),
            reader.Int32(), reader.Int32(), reader.String());
    }

    private static PlumbingLayer ReadPlumbing(TesseractReader reader, LayerHeader header)
    {
        uint count = reader.UInt32();
        if (count > 1000) throw new InvalidDataException($"implausible layer count {count}");
        var stack = new List<NetworkLayer>();
        for (int i = 0; i < count; i++) stack.Add(ReadLayer(reader));
        float[]? rates = null;
        if (header.HasLayerLearningRates)
        {
            rates = new float[reader.UInt32()];
            for (int i = 0; i < rates.Length; i++) rates[i] = reader.Single();
        }
        return new PlumbingLayer(header, stack, rates);
    }

    private static LstmLayer ReadLstm(TesseractReader reader, LayerHeader header)
    {
        int stateWidth = reader.Int32();
        int softmaxOutputs = header.Type switch
        {
            "LSTMSoftmax" => header.Outputs,
            "LSTMBinarySoftmax" => (int)Math.Ceiling(Math.Log2(header.Outputs)),
            _ => 0,
        };
        // Gates CI, GI, GF1, GO, then GFS only for a 2-D LSTM, which CI's size tells (LSTM::DeSerialize).
        var gates = new List<WeightMatrix>();
        for (int gate = 0; gate < 4; gate++) gates.Add(WeightMatrix.Read(reader, header.IsTraining));
        int cells = gates[0].Rows;
        if (stateWidth - softmaxOutputs == header.Inputs + 2 * cells) gates.Add(WeightMatrix.Read(reader, header.IsTraining));
        NetworkLayer? softmax = softmaxOutputs > 0 ? ReadLayer(reader) : null;
        return new LstmLayer(header, stateWidth, gates, softmax);
    }

    internal static void WriteLayer(TesseractWriter writer, NetworkLayer layer)
    {
        var h = layer.Header;
        writer.SByte(0);
        writer.String(h.Type);
        writer.Byte(h.Training);
        writer.Byte(h.NeedsBackprop);
        writer.Int32(h.Flags);
        writer.Int32(h.Inputs);
        writer.Int32(h.Outputs);
        writer.Int32(h.WeightCount);
        writer.String(h.Name);
        layer.WriteBody(writer);
    }
}

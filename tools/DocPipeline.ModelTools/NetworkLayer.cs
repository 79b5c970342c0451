namespace DocPipeline.ModelTools;

/// <summary>What every serialized layer begins with (Network::Serialize).</summary>
public sealed record LayerHeader(string Type, byte Training, byte NeedsBackprop, int Flags, int Inputs, int Outputs, int WeightCount, string Name)
{
    // TrainingState TS_ENABLED: the layer was written with its weight updates (a training checkpoint).
    public bool IsTraining => Training == 1;
    // NetworkFlags NF_LAYER_SPECIFIC_LR: a plumbing layer carries one learning rate per sub-layer.
    public bool HasLayerLearningRates => (Flags & 64) != 0;
}

/// <summary>
/// A layer of a Tesseract LSTM network as serialized in src/lstm/*.cpp. Only the weight-carrying layers differ
/// between a "fast" and a float model; the rest is carried through as read.
/// </summary>
public abstract record NetworkLayer(LayerHeader Header)
{
    /// <summary>This layer with every weight matrix below it mapped by <paramref name="map"/>.</summary>
    public abstract NetworkLayer MapWeights(Func<WeightMatrix, WeightMatrix> map);

    public abstract IEnumerable<WeightMatrix> Weights { get; }

    internal abstract void WriteBody(TesseractWriter writer);
}

/// <summary>Input: the 4-D shape (batch, height, width, depth) and the loss type.</summary>
public sealed record InputLayer(LayerHeader Header, int[] Shape) : NetworkLayer(Header)
{
    public override NetworkLayer MapWeights(Func<WeightMatrix, WeightMatrix> map) => this;
    public override IEnumerable<WeightMatrix> Weights => [];
    internal override void WriteBody(TesseractWriter writer) { foreach (var v in Shape) writer.Int32(v); }
}

/// <summary>Convolve, Maxpool and Reconfig: two integers (half-widths or scales), no weights.</summary>
public sealed record WindowLayer(LayerHeader Header, int X, int Y) : NetworkLayer(Header)
{
    public override NetworkLayer MapWeights(Func<WeightMatrix, WeightMatrix> map) => this;
    public override IEnumerable<WeightMatrix> Weights => [];
    internal override void WriteBody(TesseractWriter writer) { writer.Int32(X); writer.Int32(Y); }
}

/// <summary>Series, Parallel and the Reversed family: the layers they hold, and optional per-layer learning rates.</summary>
public sealed record PlumbingLayer(LayerHeader Header, IReadOnlyList<NetworkLayer> Stack, float[]? LearningRates) : NetworkLayer(Header)
{
    public override NetworkLayer MapWeights(Func<WeightMatrix, WeightMatrix> map) =>
        this with { Stack = Stack.Select(layer => layer.MapWeights(map)).ToList() };

    public override IEnumerable<WeightMatrix> Weights => Stack.SelectMany(layer => layer.Weights);

    internal override void WriteBody(TesseractWriter writer)
    {
        writer.UInt32((uint)Stack.Count);
        foreach (var layer in Stack) NetworkModel.WriteLayer(writer, layer);
        if (!Header.HasLayerLearningRates) return;
        writer.UInt32((uint)LearningRates!.Length);
        foreach (var rate in LearningRates) writer.Single(rate);
    }
}

/// <summary>LSTM: the state width, then the gate matrices (the second forget gate only in 2-D), then an optional softmax.</summary>
public sealed record LstmLayer(LayerHeader Header, int StateWidth, IReadOnlyList<WeightMatrix> Gates, NetworkLayer? Softmax) : NetworkLayer(Header)
{
    public override NetworkLayer MapWeights(Func<WeightMatrix, WeightMatrix> map) =>
        this with { Gates = Gates.Select(map).ToList(), Softmax = Softmax?.MapWeights(map) };

    public override IEnumerable<WeightMatrix> Weights => Softmax is null ? Gates : Gates.Concat(Softmax.Weights);

    internal override void WriteBody(TesseractWriter writer)
    {
        writer.Int32(StateWidth);
        foreach (var gate in Gates) gate.Write(writer);
        if (Softmax is not null) NetworkModel.WriteLayer(writer, Softmax);
    }
}

/// <summary>Fully connected layers (Softmax, Tanh, Logistic, Relu, Linear…): one weight matrix.</summary>
public sealed record FullyConnectedLayer(LayerHeader Header, WeightMatrix Matrix) : NetworkLayer(Header)
{
    public override NetworkLayer MapWeights(Func<WeightMatrix, WeightMatrix> map) => this with { Matrix = map(Matrix) };
    public override IEnumerable<WeightMatrix> Weights => [Matrix];
    internal override void WriteBody(TesseractWriter writer) => Matrix.Write(writer);
}

using System.Globalization;
using System.Text;

namespace DocPipeline.ModelTools;

/// <summary>A readable outline of a model: one line per layer with its sizes and weight range.</summary>
public static class ModelDescription
{
    public static string Describe(NetworkModel model)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"spec {model.Spec}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"weights {(model.IsInteger ? "8-bit integers" : "reals")}, iteration {model.TrainingIteration}, null char {model.NullChar}");
        Append(text, model.Network, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, NetworkLayer layer, int depth)
    {
        var h = layer.Header;
        text.Append(' ', depth * 2).Append(CultureInfo.InvariantCulture, $"{h.Type} '{h.Name}' {h.Inputs}→{h.Outputs}");
        var own = layer switch
        {
            LstmLayer lstm => lstm.Gates,
            FullyConnectedLayer fc => [fc.Matrix],
            _ => [],
        };
        foreach (var matrix in own)
        {
            double max = 0;
            for (int r = 0; r < matrix.Rows; r++)
                for (int c = 0; c < matrix.Columns; c++) max = Math.Max(max, Math.Abs(matrix[r, c]));
            text.Append(CultureInfo.InvariantCulture, $" [{matrix.Rows}×{matrix.Columns} max {max:0.###}]");
        }
        text.AppendLine();
        if (layer is PlumbingLayer plumbing)
            foreach (var child in plumbing.Stack) Append(text, child, depth + 1);
        if (layer is LstmLayer { Softmax: { } softmax }) Append(text, softmax, depth + 1);
    }
}

using DocPipeline.Lao.Quality;
using DocPipeline.Ocr.Intake;
using DocPipeline.Ocr.Pages;
using DocPipeline.Ocr.Tesseract;
using DocPipeline.Testing;

namespace DocPipeline.ModelTools.Tests;

/// <summary>The fast-to-float converter on Debian's own `lao` model (tesseract-ocr-lao).</summary>
public class ModelConversionTests
{
    private static readonly string StockModel = Path.Combine(TessdataLocator.Find(null, "lao"), "lao.traineddata");

    private static Traineddata Stock() => Traineddata.Parse(File.ReadAllBytes(StockModel));

    [Fact]
    public void The_stock_model_is_an_integer_network_of_the_documented_shape()
    {
        var model = Stock().Lstm();
        Assert.True(model.IsInteger);
        Assert.Equal("[1,36,0,1Ct3,3,16Mp3,3Lfys48Lfx96Lrx96Lfx128O1c1]", model.Spec);
        Assert.All(model.Network.Weights, w => Assert.True(w.IsInteger));
        var output = Assert.IsType<FullyConnectedLayer>(((PlumbingLayer)model.Network).Stack[^1]);
        Assert.Equal(("Softmax", 128 + 1), (output.Header.Type, output.Matrix.Columns));
    }

    [Fact]
    public void Integer_to_float_to_integer_gives_the_same_bytes()
    {
        var stock = Stock();
        var floats = stock.Lstm().ToFloat();
        Assert.False(floats.IsInteger);
        Assert.All(floats.Network.Weights, w => Assert.False(w.IsInteger));
        // Through the file format too: what is written as reals reads back as the same reals.
        var reread = NetworkModel.Parse(floats.Serialize());
        Assert.Equal(stock[Traineddata.LstmEntry], reread.ToInteger().Serialize());
        Assert.Equal(File.ReadAllBytes(StockModel), stock.WithLstm(reread.ToInteger()).Serialize());
    }

    [Fact]
    public void A_real_weight_is_the_integer_times_its_rows_scale()
    {
        var matrix = Stock().Lstm().Network.Weights.First();
        var floats = matrix.ToFloat();
        for (int row = 0; row < matrix.Rows; row++)
        {
            Assert.Equal(matrix.Integers![row * matrix.Columns] * matrix.Scales![row], floats[row, 0], 12);
            // Each row's largest weight is what maps to ±127.
            double max = Enumerable.Range(0, matrix.Columns).Max(c => Math.Abs(floats[row, c]));
            Assert.Equal(max, 127 * matrix.Scales[row], 9);
        }
    }

    [Fact]
    public void The_converted_models_load_and_read_a_page_as_the_stock_model_does()
    {
        using var scratch = new ScratchFolder();
        File.Copy(StockModel, scratch.File("lao.traineddata"));
        var stock = Stock();
        var floats = NetworkModel.Parse(stock.Lstm().ToFloat().Serialize());
        File.WriteAllBytes(scratch.File("laofloat.traineddata"), stock.WithLstm(floats).Serialize());
        File.WriteAllBytes(scratch.File("laoround.traineddata"), stock.WithLstm(floats.ToInteger()).Serialize());
        string page = Repo.Corpus("scans", "d05-phetsarath-300-clean.png");

        string Read(string language)
        {
            using var engine = new TesseractEngine(scratch.Path, language);
            using var image = (ImagePage)new PageReader(new PageLimits()).Read(page, FileKind.Png).Single();
            return engine.Recognize(image.Image, TimeSpan.FromMinutes(2)).Text;
        }

        string integer = Read("lao");
        Assert.Contains("ກະຊວງສາທາລະນະສຸກ", integer);
        // int → float → int: the same recognition, character for character.
        Assert.Equal(integer, Read("laoround"));
        // The float network computes without 8-bit activations, so it may differ where the stock model guesses
        // (the Lao digits it has no class for), but not on the text it can read.
        string real = Read("laofloat");
        string truth = Repo.GroundTruth("d05");
        Assert.InRange(CharacterErrorRate.Of(real, truth) - CharacterErrorRate.Of(integer, truth), -0.01, 0.01);
        Assert.True(CharacterErrorRate.Of(real, integer) < 0.02, "float and integer readings differ by more than 2%");
    }

    [Fact]
    public void A_truncated_model_is_refused_with_a_reason()
    {
        var lstm = Stock()[Traineddata.LstmEntry]!;
        var e = Assert.Throws<InvalidDataException>(() => NetworkModel.Parse(lstm[..(lstm.Length / 2)]));
        Assert.Contains("ends early", e.Message);
        Assert.Throws<InvalidDataException>(() => Traineddata.Parse([1, 2]));
    }
}

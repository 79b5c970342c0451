using DocPipeline.ModelTools;

// docpipeline-modeltools: the small conversions tessdata/train-lao.sh needs around Tesseract's own training tools.
const string Usage = """
    usage: docpipeline-modeltools to-float IN OUT    integer ("fast") weights back to reals, so lstmtraining can continue
           docpipeline-modeltools to-int IN OUT      reals to 8-bit integers, as --convert_to_int does
           docpipeline-modeltools describe IN        the layers, their sizes and weight ranges
      IN and OUT are an .lstm component or a whole .traineddata (its lstm component is converted, the rest kept).
           docpipeline-modeltools training-text LEXICON SEED LINES latin|lao
                                                               training lines (with or without Latin script)
           docpipeline-modeltools reference-text LEXICON SEED LINES latin|lao
                                                               second-stage lines: reference numbers, dates, ໖໗໘
           docpipeline-modeltools lexicon LEXICON.dic          the hunspell word list in the spelling the model is trained on
    """;

try
{
    switch (args)
    {
        case ["to-float", var input, var output]:
            Convert(input, output, model => model.ToFloat());
            return 0;
        case ["to-int", var input, var output]:
            Convert(input, output, model => model.ToInteger());
            return 0;
        case ["describe", var input]:
            Console.Write(ModelDescription.Describe(Load(input)));
            return 0;
        case ["training-text", var lexicon, var seed, var lines, "latin" or "lao"]:
            var words = TrainingText.Lexicon(File.ReadLines(lexicon)).ToList();
            foreach (var line in new TrainingText(words, int.Parse(seed), args[4] == "latin").Lines(int.Parse(lines)))
                Console.Out.Write(line + "\n");
            return 0;
        case ["reference-text", var lexicon, var seed, var lines, "latin" or "lao"]:
            var lexiconWords = TrainingText.Lexicon(File.ReadLines(lexicon)).ToList();
            foreach (var line in new ReferenceText(lexiconWords, int.Parse(seed), args[4] == "latin").Lines(int.Parse(lines)))
                Console.Out.Write(line + "\n");
            return 0;
        case ["lexicon", var lexicon]:
            foreach (var word in TrainingText.Lexicon(File.ReadLines(lexicon)))
                Console.Out.Write(word + "\n");
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"docpipeline-modeltools: {e.Message}");
    return 1;
}

static bool IsTraineddata(string path) => path.EndsWith(".traineddata", StringComparison.OrdinalIgnoreCase);

static NetworkModel Load(string path) =>
    IsTraineddata(path) ? Traineddata.Parse(File.ReadAllBytes(path)).Lstm() : NetworkModel.Parse(File.ReadAllBytes(path));

static void Convert(string input, string output, Func<NetworkModel, NetworkModel> conversion)
{
    if (IsTraineddata(input))
    {
        var container = Traineddata.Parse(File.ReadAllBytes(input));
        File.WriteAllBytes(output, container.WithLstm(conversion(container.Lstm())).Serialize());
    }
    else
        File.WriteAllBytes(output, conversion(NetworkModel.Parse(File.ReadAllBytes(input))).Serialize());
}

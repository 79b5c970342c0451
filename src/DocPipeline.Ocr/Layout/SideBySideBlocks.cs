using DocPipeline.Ocr.Tesseract;

namespace DocPipeline.Ocr.Layout;

/// <summary>
/// Blocks that stand side by side, found in a page read as one block and put one after the other. Tesseract's layout
/// analysis keeps a directive's two-line header blocks (the issuer left, ເລກທີ and the date right) as one block of
/// lines, and single-block reading glues each right-hand line onto the left-hand one. Here a line splits where a gap
/// between its words is wider than <see cref="GapInches"/> and no grid or leader row (<see cref="Preprocessing.RulesAndLeaders"/>)
/// spans it; two or more consecutive lines split at the same place form a group (with the lines beside them wholly on
/// one side), read left part first, then right part. A
/// table's cells and a form's label and value, joined by a grid or a leader or told by the label's colon, stay on one line.
/// </summary>
public static class SideBySideBlocks
{
    /// <summary>Wider than any space between phrases of running text, narrower than the gap between header blocks or columns.</summary>
    public const double GapInches = 0.5;

    public static OcrResult Reorder(OcrResult page, IReadOnlyList<PixelBox> joins, int dpi)
    {
        var lines = page.Lines;
        var output = new List<OcrLine>(lines.Count + 8);
        bool changed = false;
        for (int i = 0; i < lines.Count;)
        {
            if (Split(lines[i], joins, dpi) is not { } first) { output.Add(lines[i++]); continue; }
            int start = i, splits = 1;
            var lefts = new List<OcrLine> { first.Left };
            var rights = new List<OcrLine> { first.Right };
            var (gapLeft, gapRight) = (first.GapLeft, first.GapRight);
            var previous = lines[i++];
            for (; i < lines.Count && Close(previous, lines[i]); previous = lines[i++])
            {
                var line = lines[i];
                if (Split(line, joins, dpi) is { } next && next.GapLeft < gapRight && gapLeft < next.GapRight)
                {
                    (gapLeft, gapRight) = (Math.Max(gapLeft, next.GapLeft), Math.Min(gapRight, next.GapRight));
                    lefts.Add(next.Left);
                    rights.Add(next.Right);
                    splits++;
                }
                else if (line.Words.All(w => w.Box.Left >= gapRight)) rights.Add(line);
                else if (line.Words.All(w => w.Box.Right <= gapLeft)) lefts.Add(line);
                else break;
            }
            if (splits < 2)
            {
                // One wide gap is not two blocks: a stamp's letters or a signature beside a line of prose.
                output.AddRange(lines.Skip(start).Take(i - start));
                continue;
            }
            output.AddRange(lefts);
            output.Add(rights[0] with { StartsParagraph = true });
            output.AddRange(rights.Skip(1));
            changed = true;
        }
        return changed ? new OcrResult(output, page.MeanConfidence) : page;
    }

    private sealed record Parts(OcrLine Left, OcrLine Right, int GapLeft, int GapRight);

    /// <summary>The line's widest gap between words, when it is wide enough and nothing joins across it.</summary>
    private static Parts? Split(OcrLine line, IReadOnlyList<PixelBox> joins, int dpi)
    {
        var words = line.Words.OrderBy(w => w.Box.Left).ToList();
        int best = -1, widest = 0;
        for (int k = 1; k < words.Count; k++)
        {
            int gap = words[k].Box.Left - words[k - 1].Box.Right;
            if (gap > widest) (best, widest) = (k, gap);
        }
        if (best < 0 || widest < GapInches * dpi) return null;
        int top = line.Words.Min(w => w.Box.Top), bottom = line.Words.Max(w => w.Box.Bottom);
        var gapBox = new PixelBox(words[best - 1].Box.Right, top, words[best].Box.Left, bottom);
        if (joins.Any(j => Spans(j, gapBox)) || IsLabel(words[best - 1].Text)) return null;
        return new Parts(line with { Words = words[..best] }, new OcrLine(words[best..], false), gapBox.Left, gapBox.Right);
    }

    /// <summary>
    /// A word ending in a colon is a form's label (`ອາຊີບ:`): what stands after the gap is its value, on the same row,
    /// even with no leader drawn between them. The blocks of a directive's header do not end their lines so.
    /// </summary>
    private static bool IsLabel(string word) => word.TrimEnd().EndsWith(':') || word.TrimEnd().EndsWith('：');

    /// <summary>A join covers the middle of the gap at the line's height.</summary>
    private static bool Spans(PixelBox join, PixelBox gap)
    {
        int middle = (gap.Left + gap.Right) / 2;
        return join.Left <= middle && middle <= join.Right && join.Top < gap.Bottom + gap.Height && gap.Top - gap.Height < join.Bottom;
    }

    /// <summary>The next line follows within two line heights (a block's lines, not the text after a blank).</summary>
    private static bool Close(OcrLine above, OcrLine below)
    {
        int aboveBottom = above.Words.Max(w => w.Box.Bottom);
        int height = aboveBottom - above.Words.Min(w => w.Box.Top);
        return below.Words.Min(w => w.Box.Top) - aboveBottom < 2 * Math.Max(1, height);
    }
}

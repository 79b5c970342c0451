using DocPipeline.Ocr.Digits;

namespace DocPipeline.Ocr.Preprocessing;

/// <summary>
/// How speckled a page is: dark pixels with no dark neighbour, per million pixels. Print has none (every stroke is
/// wider than a pixel); dust on the platen, a photocopier's toner noise and salt-and-pepper noise are made of them.
/// </summary>
public static class Specks
{
    public static double PerMegapixel(GrayImage page)
    {
        if (page.Width < 3 || page.Height < 3) return 0;
        var ink = page.Ink();
        int width = ink.Width, specks = 0;
        for (int y = 1; y < ink.Height - 1; y++)
            for (int x = 1; x < width - 1; x++)
            {
                int i = y * width + x;
                if (!ink.Pixels[i]) continue;
                if (!(ink.Pixels[i - width - 1] || ink.Pixels[i - width] || ink.Pixels[i - width + 1] ||
                      ink.Pixels[i - 1] || ink.Pixels[i + 1] ||
                      ink.Pixels[i + width - 1] || ink.Pixels[i + width] || ink.Pixels[i + width + 1]))
                    specks++;
            }
        return specks * 1e6 / ((double)width * ink.Height);
    }
}

namespace DocPipeline.Lao.Text;

/// <summary>
/// One step of the text chain: takes text, returns text. Each filter holds one idea
/// (composition, mark order, spelling, invisible characters, digits) so that it can be
/// tested alone; <see cref="LaoTextEngine"/> composes them in one visible place.
/// </summary>
public interface ITextFilter
{
    string Apply(string text);
}

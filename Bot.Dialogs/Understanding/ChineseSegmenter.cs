using JiebaNet.Segmenter;

namespace Lianzheng.Dialogs.Understanding;

/// <summary>Cuts a Chinese sentence into words with jieba.NET: the 20 000 most frequent words of jieba's own dictionary
/// (Segmenter/dict.txt, taken from the package, MIT like jieba), its hidden Markov model for words it does not know (a
/// person's name), and the words of <see cref="DomainLexicon"/>. Loaded on the first sentence that needs it, not at start
/// (about 40 MB and 0.2 s), since most turns are commands and answers; one sentence at a time, because jieba's
/// dictionary is not safe for concurrent changes and the names of the directory are added to it as they come.</summary>
public sealed class ChineseSegmenter
{
    /// <summary>Frequency given to the domain's words: high enough that they win over a split into common words.</summary>
    private const int DomainFrequency = 200_000;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);
    private JiebaSegmenter? _segmenter;

    public IReadOnlyList<string> Cut(string text, IEnumerable<string> names)
    {
        lock (_gate)
        {
            _segmenter ??= Load();
            foreach (var name in names)
            {
                if (name.Length >= 2 && _added.Add(name))
                {
                    _segmenter.AddWord(name, DomainFrequency);
                }
            }

            return [.. _segmenter.Cut(text).Where(w => !string.IsNullOrWhiteSpace(w))];
        }
    }

    private JiebaSegmenter Load()
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Segmenter");
        var segmenter = new JiebaSegmenter();
        foreach (var word in DomainLexicon.Words)
        {
            _added.Add(word);
            segmenter.AddWord(word, DomainFrequency);
        }

        return segmenter;
    }
}

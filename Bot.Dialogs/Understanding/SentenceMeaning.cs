using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Talks;

namespace Lianzheng.Dialogs.Understanding;

/// <summary>What <see cref="SentenceReader"/> understood of one sentence: the intent, and the answers it already gives
/// as the options its dialog begins with — a <see cref="FilingPrefill"/> for 备案 (and the kind for 修改备案), a
/// <see cref="TalkStart"/> for 记录谈话. A slot it could not read with certainty (十来桌) is left empty, to be asked.</summary>
public sealed record SentenceMeaning(SentenceIntent Intent, FilingPrefill? Filing = null, TalkStart? Talk = null);

namespace Lianzheng.Dialogs.Understanding;

/// <summary>What a sentence asks for.</summary>
public enum SentenceIntent
{
    /// <summary>备案 of a personal event or a trip abroad.</summary>
    File,

    /// <summary>A filed event changed (婚期推迟): the filing is amended.</summary>
    Amend,

    /// <summary>记录谈话.</summary>
    Talk,
}

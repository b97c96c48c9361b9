namespace Lianzheng.Bot.Teams;

/// <summary>No Connector token could be had: the token endpoint refused the bot's credentials or could not be reached.</summary>
public sealed class ConnectorTokenException(string message, Exception? innerException = null) : Exception(message, innerException);

using Lianzheng.Bot.Cli;
using Lianzheng.Bot.Hosting;

if (CliVerbs.IsVerb(args))
{
    return await CliVerbs.RunAsync(args);
}

var builder = SourceCheckout.CreateBuilder(args);
builder.AddBotCore();
builder.AddBotDialogs();
builder.AddBotScheduler();
builder.AddBotHost();

var app = builder.Build();
app.MapBotEndpoints();
await app.RunAsync();
return 0;

public partial class Program;

using System.Net.Http.Json;
using Lianzheng.Bot.LocalChat;
using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Support;

namespace Lianzheng.Tests.Bot;

public sealed class RestartTests
{
    [Fact]
    public async Task A_conversation_continues_at_the_same_step_after_the_host_restarts_on_the_same_database()
    {
        var database = BotApp.NewDatabasePath();
        string userId;
        await using (var first = new BotApp(database))
        {
            using var http = first.CreateClient();
            userId = (await http.GetFromJsonAsync<List<LocalUser>>("/api/local/users"))!.Single(u => u.Name == "朱浩然").Id;
            var chat = new LocalChatClient(http, userId);
            await chat.SaysAsync("备案");
            await chat.ClicksAsync("因私出国（境）");
            await chat.SaysAsync("新加坡");
            chat.Hears("途经哪些国家或地区");
            await chat.SaysAsync("无");
            chat.Hears("出行事由");
        }

        await using (var second = new BotApp(database))
        {
            using var http = second.CreateClient();
            var chat = new LocalChatClient(http, userId);
            await chat.SaysAsync("探亲");
            chat.Hears("出发日期");
            await chat.SaysAsync("后天");
            await chat.SaysAsync("大后天");
            await chat.SaysAsync("无");
            await chat.ClicksAsync("自费");
            await chat.ClicksAsync("否");
            await chat.ClicksAsync("护照");
            await chat.SaysAsync("E12345678");
            chat.Hears("前往国家/地区：新加坡");
            chat.Hears("事由：探亲");
            await chat.ClicksAsync("确认提交");
            chat.Hears("备案成功");
        }
    }
}

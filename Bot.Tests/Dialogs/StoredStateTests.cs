using Lianzheng.Core.Conversations;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs;

/// <summary>A conversation stored by an older version of the bot (or stored unreadably) never crashes a turn: the
/// user is told what happened and can start again.</summary>
public class StoredStateTests : IAsyncLifetime
{
    /// <summary>These conversations again on PostgreSQL: the same turns, stored by the other provider.</summary>
    public sealed class OnPostgres : StoredStateTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
    }

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    // What the version before typed choices stored while asking 备案's first question: schema 1, choices as labels.
    private const string BeforeTypedChoices =
        """
        {"schema":1,"stack":[{"id":"file","state":{"stack":[
          {"id":"file.steps","state":{"values":{},"options":null,"stepIndex":0}},
          {"id":"choice","state":{"options":{"prompt":{"text":"请选择要备案的事项类别："},
            "choices":["婚嫁","丧事","其他喜庆事宜","因私出国（境）"],"validations":null},"token":"0a1b2c3d","attempts":0}}]}}]}
        """;

    // Today's schema, but a prompt whose options do not read back (choices as bare strings).
    private const string UnreadablePrompt =
        """
        {"schema":2,"stack":[{"id":"file","state":{"stack":[
          {"id":"file.steps","state":{"values":{},"options":null,"stepIndex":0}},
          {"id":"choice","state":{"options":{"prompt":{"text":"请选择要备案的事项类别："},
            "choices":["婚嫁","丧事"]},"token":"0a1b2c3d","attempts":0}}]}}]}
        """;

    // What the version that read the components' inner stacks through the serializer stored while asking 备案's first
    // question (taken from its database after "备案" in the local chat): today's schema, read from the JSON nodes now.
    private const string BeforeInnerStacksReadFromNodes =
        """
        {"schema":2,"stack":[{"id":"file","state":{"stack":[{"id":"file.steps","state":{"values":{},"options":null,"stepIndex":0}},
          {"id":"choice","state":{"options":{"choices":[{"value":"Wedding","label":"婚嫁","synonyms":["结婚","婚礼"]},
            {"value":"Funeral","label":"丧事","synonyms":["丧葬","去世"]},{"value":"OtherCelebration","label":"其他喜庆事宜","synonyms":["喜庆"]},
            {"value":"TravelAbroad","label":"因私出国（境）","synonyms":["出国","出境"]}],
          "prompt":{"text":"请选择要备案的事项类别：","title":"个人事项备案","asksConfirmation":false,"facts":[],"buttons":[]},
          "retryPrompt":null,"example":null},"token":"5723acee","attempts":0}}]}}],"back":[]}
        """;

    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync(provider: Provider);

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_answer_to_a_question_asked_before_an_upgrade_is_told_that_the_old_conversation_was_cancelled()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await StoreAsync(zhu, BeforeTypedChoices);

        // "2" answers the old question (丧事) only if the old state were read; read afresh it answers nothing. (婚嫁 would
        // now begin a new filing of a wedding, which asks the same next question as the old one continued.)
        await zhu.SaysAsync("2");
        zhu.Hears("廉政助手已更新，您之前未完成的操作已取消");
        zhu.DoesNotHear("这是谁的事项");

        await zhu.SaysAsync("备案");
        zhu.Hears("请选择要备案的事项类别");
        await zhu.ClicksAsync("婚嫁");
        zhu.Hears("这是谁的事项");
        zhu.DoesNotHear("廉政助手已更新");
    }

    [Fact]
    public async Task A_question_stored_by_the_version_before_is_answered_where_it_stood_and_the_state_is_stored_again_in_the_same_shape()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await StoreAsync(zhu, BeforeInnerStacksReadFromNodes);

        await zhu.SaysAsync("丧事");
        zhu.Hears("这是谁的事项");
        zhu.DoesNotHear("廉政助手已更新");
        zhu.DoesNotHear("抱歉");

        // The component's inner stack is written as the serializer writes a list of frames: read and written again, it
        // is the same text.
        var stored = await StoredAsync(zhu);
        Assert.Equal(stored, Lianzheng.Dialogs.Engine.DialogStackState.Deserialize(stored).Serialize());
        Assert.Contains("""{"id":"file","state":{"stack":[{"id":"file.steps","state":{"values":{""", stored, StringComparison.Ordinal);
        Assert.Contains("Funeral", stored, StringComparison.Ordinal);

        await zhu.SaysAsync("上一步");
        zhu.Hears("请选择要备案的事项类别");
        await zhu.SaysAsync("婚嫁");
        zhu.Hears("这是谁的事项");
    }

    [Fact]
    public async Task A_prompt_whose_stored_options_do_not_read_back_gets_the_apology_and_a_fresh_start()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await StoreAsync(zhu, UnreadablePrompt);

        await zhu.SaysAsync("婚嫁");
        zhu.Hears("抱歉，处理您的消息时出了问题，当前操作已取消");

        await zhu.SaysAsync("备案");
        zhu.Hears("请选择要备案的事项类别");
    }

    [Fact]
    public async Task A_stored_state_without_a_stack_is_a_conversation_with_nothing_open()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await StoreAsync(zhu, """{"schema":2,"stack":null}""");

        await zhu.SaysAsync("备案");
        zhu.Hears("请选择要备案的事项类别");
        zhu.DoesNotHear("抱歉");
    }

    [Fact]
    public async Task An_open_conversation_is_stored_with_its_chinese_as_text_not_as_escapes()
    {
        // The state is loaded and saved on every turn, with a copy of the stack at each earlier question for 上一步:
        // written as \uXXXX every Chinese character took six bytes instead of three (11.8 KB against 8.6 KB at the
        // third question of a wedding told in one sentence; bench/README.md).
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        await zhu.ClicksAsync("婚嫁");
        zhu.Hears("这是谁的事项");

        await using var scope = _bot.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().ConversationStates
            .SingleAsync(c => c.Key == $"local/{zhu.StaffId}");
        Assert.Contains("这是谁的事项", stored.StateJson);
        Assert.DoesNotContain("\\u8FD9", stored.StateJson); // 这
    }

    private async Task StoreAsync(ChatUser user, string json)
    {
        // The conversation's stored stack, as the turn handler keeps it under "{channel}/{user}".
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        db.ConversationStates.Add(new ConversationState { Key = $"local/{user.StaffId}", StateJson = json, UpdatedAt = _bot.Time.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    private async Task<string> StoredAsync(ChatUser user)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        return (await db.ConversationStates.AsNoTracking().SingleAsync(c => c.Key == $"local/{user.StaffId}")).StateJson;
    }
}

using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Lianzheng.Tests.Scheduler;

/// <summary>The outbox dispatcher in the real host against a channel that is one of our own ports, mocked: how each
/// typed send result is recorded and retried.</summary>
public sealed class DeliveryOutcomesTests
{
    private const string Channel = "mock";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Throttled_transient_and_unreachable_results_are_retried_or_recorded_as_the_channel_said(DatabaseProvider provider)
    {
        var sender = new Mock<IChannelSender>(MockBehavior.Strict);
        sender.SetupGet(s => s.Channel).Returns(Channel);
        sender.SetupGet(s => s.LimitsPerRecipient).Returns(false);
        var reach = new Mock<IChannelReach>();
        reach.SetupGet(r => r.Channel).Returns(Channel);
        reach.Setup(r => r.CanReach(It.IsAny<Staff>())).Returns(true);

        await using var store = await TestStore.CreateAsync(provider);
        await using var root = new BotApp(store, settings: new Dictionary<string, string> { ["Scheduler:Enabled"] = "false" });
        await using var app = root.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton(sender.Object);
            services.AddSingleton(reach.Object);
        }));
        _ = app.CreateClient();

        int[] ids;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            ids = [.. await db.Staff.OrderBy(s => s.Id).Take(3).Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken)];
            sender.SetupSequence(s => s.SendAsync(ids[0], It.IsAny<OutboundMessage>(), It.IsAny<Pace>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new SendResult.Throttled(TimeSpan.FromSeconds(1)))
                .ReturnsAsync(new SendResult.Delivered("m-1"));
            sender.SetupSequence(s => s.SendAsync(ids[1], It.IsAny<OutboundMessage>(), It.IsAny<Pace>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new SendResult.TransientFailure("503"))
                .ReturnsAsync(new SendResult.Delivered("m-2"));
            sender.Setup(s => s.SendAsync(ids[2], It.IsAny<OutboundMessage>(), It.IsAny<Pace>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(new SendResult.RecipientUnreachable("blocked the app"));
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(
                new OutboxRequest(OutboxKinds.IntegrityMessage, "mocked-channel", new OutboundMessage("廉政提醒"), ids), TestContext.Current.CancellationToken);
        }

        List<Delivery> rows = [];
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            rows = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Deliveries.AsNoTracking()
                .Where(d => d.Channel == Channel).OrderBy(d => d.RecipientId).ToListAsync();
            return rows.Count == 3 && rows.All(d => d.Status != DeliveryStatus.Pending);
        }, "the three deliveries settled", 30_000);

        Assert.Equal((DeliveryStatus.Delivered, 1, "m-1"), (rows[0].Status, rows[0].Attempts, rows[0].ChannelMessageId)); // a throttle is no attempt
        Assert.Equal((DeliveryStatus.Delivered, 2, "m-2"), (rows[1].Status, rows[1].Attempts, rows[1].ChannelMessageId));
        Assert.Equal((DeliveryStatus.Unreachable, "blocked the app"), (rows[2].Status, rows[2].LastError));
        sender.Verify(s => s.SendAsync(ids[0], It.IsAny<OutboundMessage>(), It.IsAny<Pace>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        sender.Verify(s => s.SendAsync(ids[1], It.IsAny<OutboundMessage>(), It.IsAny<Pace>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        sender.Verify(s => s.SendAsync(ids[2], It.IsAny<OutboundMessage>(), It.IsAny<Pace>(), It.IsAny<CancellationToken>()), Times.Once());
    }
}

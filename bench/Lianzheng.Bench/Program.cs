using Lianzheng.Bench;

var arguments = BenchArguments.Parse(args);
return arguments?.Benchmark switch
{
    "teams" => await TeamsTurnsBenchmark.RunAsync(arguments),
    "teams-dialog" => await TeamsDialogBenchmark.RunAsync(arguments),
    "wecom" => await WeComCallbacksBenchmark.RunAsync(arguments),
    "broadcast" => await BroadcastBenchmark.RunAsync(arguments),
    "workbench" => await WorkbenchBenchmark.RunAsync(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("""
        usage: dotnet run -c Release --project bench/Lianzheng.Bench -- <benchmark> [options]
          teams   authenticated message turns on /api/messages   [--seconds 30] [--warmup 10] [--rate 1000] [--connections 16] [--users 400]
          teams-dialog  a four-step dialog, closed loop then open loop   [--seconds 30] [--warmup 10] [--rate 60] [--connections 16] [--users 400]
                        [--history 1: 1 000 000 inbound messages, 100 000 deliveries, 10 000 filings first] [--rest 60]
          wecom   encrypted callbacks on /api/wecom/callback        [--seconds 30] [--warmup 10] [--rate 500] [--connections 16] [--users 400]
          broadcast  one message to the whole staff on Teams and WeCom       [--users 10000] [--connections 16]
          workbench  the 工作台's pages and exports on ten years of records    [--users 300]
        common:   --bot DIR   a published bot to use instead of publishing Bot (Release) into bench/.out/bot
        """);
    return 2;
}

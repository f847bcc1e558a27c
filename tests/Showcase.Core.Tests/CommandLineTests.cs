using Shouldly;
using Showcase.Abstractions.Cli;
using Showcase.Core.Cli;

namespace Showcase.Core.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void A_verb_keeps_its_arguments_and_data_dir_becomes_configuration()
    {
        var line = CommandLine.Parse(["recipe", "demo.json", "--data-dir", "/srv/data"]);

        line.Verb.ShouldBe("recipe");
        line.VerbArguments.ShouldBe(["demo.json"]);
        line.HostArguments.ShouldBe(["--Showcase:DataDir=/srv/data"]);
    }

    [Fact]
    public void A_colon_in_a_value_is_not_a_configuration_key()
    {
        var line = CommandLine.Parse(["apikey", "create", "--name", "paper", "--scopes=leaderboards:read,ratings:read"]);

        line.VerbArguments.ShouldBe(["create", "--name", "paper", "--scopes=leaderboards:read,ratings:read"]);
        line.HostArguments.ShouldBeEmpty();
    }

    [Fact]
    public void Configuration_keys_go_to_the_host_in_both_spellings()
    {
        var line = CommandLine.Parse(["--Showcase:Database:Provider=Postgres", "--Kestrel:Endpoints:Web:Url", "http://127.0.0.1:6000"]);

        line.Verb.ShouldBeNull();
        line.HostArguments.ShouldBe(["--Showcase:Database:Provider=Postgres", "--Kestrel:Endpoints:Web:Url", "http://127.0.0.1:6000"]);
    }

    [Fact]
    public void Data_dir_without_a_folder_is_a_usage_error()
    {
        Should.Throw<VerbUsageException>(() => CommandLine.Parse(["migrate", "--data-dir"])).Message.ShouldContain("--data-dir <dir>");
    }
}

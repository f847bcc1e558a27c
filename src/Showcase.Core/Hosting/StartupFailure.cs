using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Showcase.Abstractions.Modules;

namespace Showcase.Core.Hosting;

/// <summary>
/// Turns a failure before the site serves (a busy port, bad configuration, a database that cannot be reached)
/// into one line on stderr and exit code 1, instead of a stack trace: the person starting the site reads what
/// to fix, and a service manager sees a plain failure.
/// </summary>
public static class StartupFailure
{
    public static async Task<int> ReportAsync(Func<Task<int>> start, TextWriter error)
    {
        try
        {
            return await start();
        }
        // Test hosts and design-time tools stop the entry point on purpose with HostAbortedException.
        catch (Exception e) when (e is not Microsoft.Extensions.Hosting.HostAbortedException)
        {
            await error.WriteLineAsync("showcase: " + Describe(e));
            return 1;
        }
    }

    /// <summary>One line that says what went wrong, most specific cause first.</summary>
    public static string Describe(Exception exception)
    {
        var chain = new List<Exception>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        if (chain.OfType<StartupCheckException>().FirstOrDefault() is { } check)
        {
            return check.Message;
        }

        if (chain.OfType<AddressInUseException>().FirstOrDefault() is { } inUse)
        {
            return $"an address the site listens on is already in use ({OneLine(inUse.Message)}); stop the other program or set Kestrel:Endpoints:Web:Url / Grpc:Url to a free port.";
        }

        if (chain.OfType<NpgsqlException>().FirstOrDefault() is { } postgres)
        {
            return $"cannot reach PostgreSQL ({OneLine(postgres.InnerException?.Message ?? postgres.Message)}); check Showcase:Database:ConnectionString and that the server is running.";
        }

        if (chain.OfType<SqliteException>().FirstOrDefault() is { } sqlite)
        {
            return $"cannot open the SQLite database ({OneLine(sqlite.Message)}); check Showcase:DataDir.";
        }

        if (chain.OfType<ModuleCatalogException>().FirstOrDefault() is { } modules)
        {
            return "bad module configuration: " + OneLine(modules.Message);
        }

        if (chain.OfType<OptionsValidationException>().FirstOrDefault() is { } options)
        {
            return "bad configuration: " + OneLine(options.Message);
        }

        if (chain.OfType<SocketException>().FirstOrDefault() is { } socket)
        {
            return "network error: " + OneLine(socket.Message);
        }

        return $"could not start: {OneLine(exception.Message)} ({exception.GetType().Name}).";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

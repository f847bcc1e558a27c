using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Core.Hosting;

/// <summary>
/// Before any first-start work (migrations, the first administrator, the demo data), checks that every address
/// the site is configured to listen on can be bound: a busy port then stops the start with one line, instead of
/// a migrated database, a printed password and a crash.
/// </summary>
public static class EndpointPortCheck
{
    /// <exception cref="StartupCheckException">an address is in use or cannot be bound.</exception>
    public static WebApplication EnsureEndpointsFree(this WebApplication app)
    {
        // Only Kestrel binds sockets; an in-process test server has none to check.
        var server = app.Services.GetRequiredService<IServer>();
        if (server.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) != true)
        {
            return app;
        }

        foreach (var (name, url) in ConfiguredUrls(app.Configuration))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                throw new StartupCheckException($"{name} is not an address: '{url}'.");
            }

            if (uri.Port == 0)
            {
                continue;
            }

            foreach (var address in Addresses(uri.Host))
            {
                TryBind(name, url, address, uri.Port);
            }
        }

        return app;
    }

    private static IEnumerable<(string Name, string Url)> ConfiguredUrls(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().ToList();
        foreach (var endpoint in endpoints)
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return ($"Kestrel:Endpoints:{endpoint.Key}:Url", url);
            }
        }

        // Without endpoints Kestrel listens on "urls" (ASPNETCORE_URLS); with them it ignores it.
        if (endpoints.Count == 0 && configuration["urls"] is { Length: > 0 } urls)
        {
            foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return ("urls", url);
            }
        }
    }

    private static IEnumerable<IPAddress> Addresses(string host) => host switch
    {
        "localhost" => [IPAddress.Loopback],
        _ when IPAddress.TryParse(host.Trim('[', ']'), out var ip) => [ip],
        // A host name Kestrel binds on every address.
        _ => [IPAddress.Any],
    };

    private static void TryBind(string name, string url, IPAddress address, int port)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        // As Kestrel does on Linux: a port left in TIME_WAIT by an earlier run is free, a listening one is not.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(1);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new StartupCheckException($"port {port} on {address} is already in use ({name}={url}); stop the other program or choose another port, e.g. --{name}=http://127.0.0.1:{port + 100}.");
        }
        catch (SocketException e)
        {
            throw new StartupCheckException($"cannot listen on {address}:{port} ({name}={url}): {e.Message}.");
        }
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Showcase.Testing;

namespace Showcase.Web.Tests.Support;

/// <summary>
/// Records the SQL of every command EF Core sends for a request that carries the <see cref="Header"/>,
/// so that a test can count one request's round trips without counting start-up or background work.
/// </summary>
public sealed class CommandCounter(IHttpContextAccessor http) : CommandInterceptorBase
{
    public const string Header = "X-Count-Commands";

    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Reset() => _commands.Clear();

    protected override void OnExecuting(DbCommand command)
    {
        if (http.HttpContext?.Request.Headers.ContainsKey(Header) == true)
        {
            _commands.Enqueue(command.CommandText);
        }
    }
}

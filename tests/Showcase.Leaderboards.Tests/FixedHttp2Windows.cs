using System.Runtime.CompilerServices;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// The test clients keep HTTP/2's fixed 64 KB stream window instead of growing it while data flows. Otherwise a client
/// that read one big snapshot quickly would be allowed megabytes more, and a "stalled" watcher would not stall the
/// server's writes at all: the window is what makes a client that stops reading a slow client.
/// </summary>
internal static class FixedHttp2Windows
{
    [ModuleInitializer]
    internal static void Initialize() =>
        AppContext.SetSwitch("System.Net.SocketsHttpHandler.Http2FlowControl.DisableDynamicWindowSizing", true);
}

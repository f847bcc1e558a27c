namespace Showcase.Evaluations.Live;

/// <summary>
/// One picture of a round for its big screen, sent as one server-sent event: the round's revision is the event id
/// (what a reconnecting screen names in <c>Last-Event-ID</c>), the JSON the whole board. Frames are whole pictures,
/// so a screen that missed some only needs the newest.
/// </summary>
/// <param name="Id">The round's revision the frame was computed at; frames of a round only grow.</param>
/// <param name="Json">The board as the screen's script reads it (<see cref="LiveBoard"/>).</param>
/// <param name="Live">False once the round's big screen was switched off: the stream ends after this frame.</param>
public sealed record LiveFrame(long Id, string Json, bool Live = true);

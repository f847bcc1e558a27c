namespace Showcase.Evaluations;

/// <summary>
/// The UI text of the rounds' public pages (notice, objections, big screen) and of the objections admin page:
/// <c>Resources/NoticeText.resx</c> (zh-CN, the default) and <c>NoticeText.en.resx</c>.
/// </summary>
public sealed class NoticeText;

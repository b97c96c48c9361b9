using Lianzheng.Bot.Cli;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>人员名录 /workbench/staff, for the 廉政监督员 (anyone else gets the page's 404): the directory with the
/// channels that reach each person and the warnings to act on; a staff sheet uploaded (CSV or XLSX, as import-staff reads
/// it) is first previewed — who is added, changed, marked as left, and every row problem — and applied only when she
/// confirms, in one transaction, by the same <see cref="StaffImporter"/> as the CLI, with her name in the audit trail.
/// The previewed sheet travels back in the confirming form, and is checked again when applied.</summary>
public sealed class StaffModel(WorkbenchRecords records, WorkbenchDirectory directory, StaffImporter importer, IOptions<WeComOptions> wecom)
    : WorkbenchPageModel(records)
{
    /// <summary>The largest sheet accepted (a 300-person directory is about 30 KB).</summary>
    public const int MaxSheetBytes = 2 * 1024 * 1024;

    public IReadOnlyList<DirectoryRow> People { get; private set; } = [];

    public IReadOnlyList<DirectoryWarning> Warnings { get; private set; } = [];

    public ImportPreview? Preview { get; private set; }

    public ImportResult? Applied { get; private set; }

    /// <summary>Why the upload could not be read (no file, not a sheet, too large), or null.</summary>
    public string? UploadError { get; private set; }

    /// <summary>The previewed sheet, base64, and its file name: sent back with 确认导入.</summary>
    public string? SheetData { get; private set; }

    public string? SheetName { get; private set; }

    /// <summary>The WeCom directory sync just run, or why it could not run.</summary>
    public WeComSyncReport? Sync { get; private set; }

    public string? SyncError { get; private set; }

    /// <summary>The 工号 of the person just saved on his own page (the page comes back here), or null.</summary>
    public string? Saved { get; private set; }

    public Task<IActionResult> OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        Saved = saved is { Length: > 0 and <= 32 } ? saved : null;
        return ShowAsync(cancellationToken);
    }

    /// <summary>Runs the WeCom directory sync (as <c>wecom-sync</c> does) and shows what it linked and what it would not guess.</summary>
    public async Task<IActionResult> OnPostSyncAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(WorkbenchDirectory.MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!wecom.Value.Enabled)
        {
            SyncError = StaffPageTexts.SyncNotConfigured;
        }
        else
        {
            Sync = await ActivatorUtilities.CreateInstance<WeComDirectorySync>(HttpContext.RequestServices).RunAsync(cancellationToken, Viewer.Id);
            SyncError = Sync.Error is { } error ? StaffPageTexts.SyncFailed(error) : null;
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? sheet, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(WorkbenchDirectory.MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (sheet is null || sheet.Length == 0)
        {
            UploadError = StaffPageTexts.NoFile;
        }
        else if (sheet.Length > MaxSheetBytes)
        {
            UploadError = StaffPageTexts.TooLarge;
        }
        else
        {
            using var buffer = new MemoryStream();
            await sheet.CopyToAsync(buffer, cancellationToken);
            if (Read(buffer.ToArray(), sheet.FileName) is { } file)
            {
                Preview = await importer.PreviewAsync(file.Headers, file.Rows, cancellationToken);
                (SheetData, SheetName) = (Convert.ToBase64String(buffer.ToArray()), Path.GetFileName(sheet.FileName));
            }
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostApplyAsync(string? sheetData, string? sheetName, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(WorkbenchDirectory.MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        var bytes = Decode(sheetData);
        if (bytes is null || sheetName is null)
        {
            UploadError = StaffPageTexts.NoFile;
        }
        else if (Read(bytes, sheetName) is { } file)
        {
            Applied = await importer.ImportAsync(file.Headers, file.Rows, cancellationToken, Viewer.Id);
            if (!Applied.Succeeded)
            {
                // The directory changed since the preview so that the sheet no longer fits: show why, as a new preview would.
                Preview = new ImportPreview([], [], [], [], Applied.Problems);
                Applied = null;
            }
        }

        return await ShowAsync(cancellationToken);
    }

    private StaffSheetFile? Read(byte[] bytes, string fileName)
    {
        try
        {
            var file = StaffSheetReader.Read(bytes, fileName);
            UploadError = file is null ? StaffPageTexts.WrongKind : null;
            return file;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An uploaded file is anyone's: ClosedXML answers a zip that is no workbook, or broken XML inside one, with
            // whatever exception its reading hits (NullReferenceException, XmlException …). Any of them means "not a sheet".
            UploadError = StaffPageTexts.Unreadable;
            return null;
        }
    }

    private static byte[]? Decode(string? data)
    {
        if (string.IsNullOrEmpty(data) || data.Length > MaxSheetBytes * 4 / 3 + 4)
        {
            return null;
        }

        var bytes = new byte[data.Length];
        return Convert.TryFromBase64String(data, bytes, out var written) ? bytes[..written] : null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (Viewer is null && await LoadViewerAsync(WorkbenchDirectory.MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        People = await directory.PeopleAsync(cancellationToken);
        Warnings = await directory.WarningsAsync(People, cancellationToken);
        return Page();
    }
}

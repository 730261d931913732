using Neraca.Accounts;
using Neraca.Demo;
using Neraca.Markets;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Inquiries;

/// <summary>The demo's buyer inquiries: every inquiry page shows real content, the follow-up list included.</summary>
public class DemoInquiriesTests
{
    [Fact]
    public async Task DemoLoad_ConfirmedInquiriesOneNeedsFollowUpAndCoffeeMatches()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        Assert.True((await DemoLoader.LoadAsync(db)).Loaded);

        var rows = await InquiryWorkflow.ListAsync(db, new ProvinceScope(18), DateTime.UtcNow, followUpOnly: false);
        var coffee = await InquiryWorkflow.FindAsync(db, new ProvinceScope(18), rows.Single(r => r.Hs == "090111").Id);

        Assert.Equal(3, rows.Count);
        Assert.Single(rows, r => r.NeedsFollowUp);
        Assert.NotEmpty(await InquiryMatching.RankAsync(db, InquiryWorkflow.Need(coffee!, DateOnly.FromDateTime(DateTime.UtcNow)), 18));
    }
}

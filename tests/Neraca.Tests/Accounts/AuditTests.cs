using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>One audit row per audited action, in the change's transaction; the rows cannot be changed afterwards.</summary>
public class AuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DataChange_Committed_WritesExactlyOneRowWithBeforeAndAfter(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        db.AuditActor = () => "test:editor";
        var before = await db.AuditEntries.CountAsync();
        var port = await db.PortProvinces.OrderBy(p => p.Id).FirstAsync();
        var oldNote = port.Note;

        port.Note = "moved to Lampung";
        await db.SaveChangesAsync();

        var rows = await db.AuditEntries.Where(a => a.Id > 0).OrderBy(a => a.Id).Skip(before).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal(("test:editor", AuditActions.Update, "port_province", port.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (row.Actor, row.Action, row.Entity, row.EntityId));
        Assert.Contains("moved to Lampung", row.AfterJson!, StringComparison.Ordinal);
        Assert.DoesNotContain("moved to Lampung", row.BeforeJson!, StringComparison.Ordinal);
        Assert.Equal(DateTimeKind.Utc, DateTime.SpecifyKind(row.AtUtc, DateTimeKind.Utc).Kind);
        Assert.True(Math.Abs((DateTime.UtcNow - row.AtUtc).TotalMinutes) < 5, "stored in UTC");
        _ = oldNote;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DataChange_RolledBack_LeavesNoAuditRow(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var db = database.NewContext())
        {
            var before = await db.AuditEntries.CountAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.PortProvinces.Add(new PortProvince { PortName = "PELABUHAN UJI", ProvinceCode = 18, ValidFrom = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
            Assert.Equal(before + 1, await db.AuditEntries.CountAsync()); // written inside the transaction...
            await transaction.RollbackAsync();
        }

        await using var check = database.NewContext();
        Assert.False(await check.PortProvinces.AnyAsync(p => p.PortName == "PELABUHAN UJI"));
        Assert.False(await check.AuditEntries.AnyAsync(a => a.AfterJson != null && a.AfterJson.Contains("PELABUHAN UJI"))); // ...and gone with it
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AuditRows_UpdateOrDeleteBySql_IsRefusedByTheDatabase(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        await AuditLog.WriteAsync(db, "test", "probe", "none");
        var count = await db.AuditEntries.CountAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entry SET actor = 'forged'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entry"));
        if (engine == Engine.Postgres)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_entry"));
        }

        Assert.Equal(count, await db.AuditEntries.CountAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Actor == "forged"));
    }

    [Fact]
    public async Task AuditRows_ChangedThroughEf_AreRefused()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        await AuditLog.WriteAsync(db, "test", "probe", "none");
        var row = await db.AuditEntries.OrderBy(a => a.Id).LastAsync();

        row.Actor = "forged";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.OrderBy(a => a.Id).LastAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UserLifecycle_EachActionLeavesOneRow(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeracaDb>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var start = await db.AuditEntries.MaxAsync(a => a.Id);

        var (user, _) = await accounts.CreateUserAsync("life@test.go.id", Roles.Officer, 18, "Life", NeracaWebFactory.Password);
        await accounts.SetRoleAsync(user!, Roles.Analyst);
        await accounts.SetDisabledAsync(user!, true);

        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Id > start).OrderBy(a => a.Id).Select(a => new { a.Action, a.Entity }).ToListAsync();
        Assert.Equal(
            [("create", "app_user"), ("create", "app_user_role"), ("delete", "app_user_role"), ("create", "app_user_role"), ("update", "app_user")],
            rows.Select(r => (r.Action, r.Entity)));
        var disable = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).LastAsync();
        Assert.Contains("\"IsDisabled\":true", disable.AfterJson!, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", disable.AfterJson!, StringComparison.Ordinal); // no password hash in the trail
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_And_DeniedAccess_EachLeaveOneRow(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (analyst, analystUser, _) = await factory.TokenClientAsync(Roles.Analyst);
        var (business, businessUser) = await factory.SignInAsync(Roles.Business);
        await using var db = factory.Database.NewContext();
        var start = await db.AuditEntries.MaxAsync(a => a.Id);

        using (analyst)
        {
            using var imported = await analyst.PostAsync("/api/imports", HttpHelpers.Upload("audit" + TestFormats.Extension, TestFormats.Valid()));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        using (business)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await business.GetAsync("/admin/audit")).StatusCode);
        }

        using var anonymous = factory.CreateHttpsClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/imports")).StatusCode);

        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Id > start).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [(AuditActions.Import, "web:" + analystUser.Email), (AuditActions.AccessDenied, "web:" + businessUser.Email)],
            rows.Select(r => (r.Action, r.Actor)));
        Assert.Equal(1, await db.DeniedRequests.SumAsync(d => d.Requests)); // the anonymous one is counted, not audited
    }

    [Fact]
    public async Task AdminAuditPage_FiltersAndExportsCsv()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (admin, _) = await factory.SignInAsync(Roles.Admin);
        using (admin)
        {
            var html = await admin.GetStringAsync("/admin/audit?Action=sign-in");
            Assert.Contains("<td>masuk</td>", html, StringComparison.Ordinal); // action names in the page's language
            Assert.DoesNotContain("<td>buat</td>", html, StringComparison.Ordinal);

            using var csv = await admin.GetAsync("/admin/audit?handler=Csv&Action=sign-in");
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("id,at_utc,actor,action", lines[0], StringComparison.Ordinal);
            Assert.Single(lines.Skip(1));
        }
    }

    [Fact]
    public void CsvCell_NeutralisesFormulas()
    {
        Assert.Equal("\"'=HYPERLINK(1)\"", Neraca.Web.Features.Admin.AuditModel.Cell("=HYPERLINK(1)"));
        Assert.Equal("\"a \"\"b\"\"\"", Neraca.Web.Features.Admin.AuditModel.Cell("a \"b\""));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AdminAuditPage_Update_ShowsChangedFieldsReadably(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (admin, _) = await factory.SignInAsync(Roles.Admin);
        var officer = await factory.CreateUserAsync(Roles.Officer);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync((await users.FindByIdAsync(officer.Id))!, true);
        }

        using (admin)
        {
            var html = await admin.GetStringAsync("/admin/audit?Action=update");

            Assert.Contains("<strong>IsDisabled</strong>: <span>false → true</span>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("{&quot;", html, StringComparison.Ordinal); // no raw JSON
            Assert.DoesNotContain("<strong>Email</strong>", html, StringComparison.Ordinal); // unchanged fields are not listed
            Assert.Contains("<option value=\"update\" selected=\"selected\">ubah</option>", html, StringComparison.Ordinal);

            var empty = await admin.GetStringAsync("/admin/audit?Actor=nobody-at-all");
            Assert.Contains("id=\"audit-empty\"", empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AuditDiff_EventDetails_AreListedAndUnchangedFieldsSkipped()
    {
        Assert.Equal([new AuditChange("reason", null, "wrong password")], AuditDiff.Changes(null, "{\"reason\":\"wrong password\"}"));
        Assert.Equal([new AuditChange("b", "1", "2")], AuditDiff.Changes("{\"a\":\"x\",\"b\":1}", "{\"a\":\"x\",\"b\":2}"));
        Assert.Equal([new AuditChange("value", null, "not json")], AuditDiff.Changes(null, "not json"));
    }
}

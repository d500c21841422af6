<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Actions</name>
        <message numerus="yes">
            <location filename="../../ui/operations/deals.py" line="83" />
            <source>Move %n deal(s)</source>
            <translation>
                <numerusform>Move %n deal</numerusform>
                <numerusform>Move %n deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/operations/deals.py" line="98" />
            <source>Assign %n deal(s)</source>
            <translation>
                <numerusform>Assign %n deal</numerusform>
                <numerusform>Assign %n deals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message numerus="yes">
            <location filename="../../ui/deals/lost_reason_dialog.py" line="148" />
            <source>Archive %n deal(s)?</source>
            <translation>
                <numerusform>Archive %n deal?</numerusform>
                <numerusform>Archive %n deals?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message numerus="yes">
            <location filename="../../ui/deals/assign_dialog.py" line="52" />
            <source>Give %n selected deal(s) to:</source>
            <translation>
                <numerusform>Give %n selected deal to:</numerusform>
                <numerusform>Give %n selected deals to:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="94" />
            <source>Backed up %n deal(s) you can see to %1.</source>
            <translation>
                <numerusform>Backed up %n deal you can see to %1.</numerusform>
                <numerusform>Backed up %n deals you can see to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="114" />
            <source>%n deal(s) refer to clients you cannot see; they are kept without the client's details.</source>
            <translation>
                <numerusform>%n deal refers to a client you cannot see; it is kept without the client's details.</numerusform>
                <numerusform>%n deals refer to clients you cannot see; they are kept without the clients' details.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="123" />
            <source>%n other record(s) refer to records you cannot see; they are kept without those details.</source>
            <translation>
                <numerusform>%n other record refers to records you cannot see; it is kept without those details.</numerusform>
                <numerusform>%n other records refer to records you cannot see; they are kept without those details.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message numerus="yes">
            <location filename="../../ui/customers/campaign_dialog.py" line="64" />
            <location filename="../../ui/customers/campaign_dialog.py" line="72" />
            <source>%1 · %Ln client(s)</source>
            <translation>
                <numerusform>%1 · %Ln client</numerusform>
                <numerusform>%1 · %Ln clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message numerus="yes">
            <location filename="../../ui/customers/campaigns_view.py" line="298" />
            <source>%n round(s) built.</source>
            <translation>
                <numerusform>%n round built.</numerusform>
                <numerusform>%n rounds built.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="185" />
            <source>%n d</source>
            <comment>days in the stage</comment>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="191" />
            <source>+%n d</source>
            <comment>days over the stage's limit</comment>
            <translation>
                <numerusform>+%n d</numerusform>
                <numerusform>+%n d</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardHeader</name>
        <message numerus="yes">
            <location filename="../../ui/deal_card/header.py" line="83" />
            <source>%n day(s) in stage</source>
            <translation>
                <numerusform>%n day in stage</numerusform>
                <numerusform>%n days in stage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/header.py" line="97" />
            <source>Stalled: %n day(s) over</source>
            <translation>
                <numerusform>Stalled: %n day over</numerusform>
                <numerusform>Stalled: %n days over</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="115" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n row cannot be imported:</numerusform>
                <numerusform>%n rows cannot be imported:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="136" />
            <source>%n deal(s) will be imported into “%1”.</source>
            <translation>
                <numerusform>%n deal will be imported into “%1”.</numerusform>
                <numerusform>%n deals will be imported into “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cleanup</name>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="272" />
            <source>%1 · %n day(s) in stage</source>
            <translation>
                <numerusform>%1 · %n day in stage</numerusform>
                <numerusform>%1 · %n days in stage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="276" />
            <source>(stalls after %n day(s))</source>
            <translation>
                <numerusform>(stalls after %n day)</numerusform>
                <numerusform>(stalls after %n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="351" />
            <source>%1 → %2? No purchase and no activity for %n day(s) or more.</source>
            <translation>
                <numerusform>%1 → %2? No purchase and no activity for %n day or more.</numerusform>
                <numerusform>%1 → %2? No purchase and no activity for %n days or more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="386" />
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>overdue by %n day</numerusform>
                <numerusform>overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/history.py" line="29" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="175" />
            <source>%n week(s) skipped before this one.</source>
            <translation>
                <numerusform>%n week skipped before this one.</numerusform>
                <numerusform>%n weeks skipped before this one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="187" />
            <source>Streak: %n week(s) in a row</source>
            <translation>
                <numerusform>Streak: %n week in a row</numerusform>
                <numerusform>Streak: %n weeks in a row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="197" />
            <source>%n open deal(s) to review</source>
            <translation>
                <numerusform>%n open deal to review</numerusform>
                <numerusform>%n open deals to review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="200" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n stalled</numerusform>
                <numerusform>%n stalled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="203" />
            <source>%n without a next step</source>
            <translation>
                <numerusform>%n without a next step</numerusform>
                <numerusform>%n without a next step</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="207" />
            <source>%n back from Future sales</source>
            <translation>
                <numerusform>%n back from Future sales</numerusform>
                <numerusform>%n back from Future sales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/summary_view.py" line="182" />
            <source>%n week(s) in a row</source>
            <translation>
                <numerusform>%n week in a row</numerusform>
                <numerusform>%n weeks in a row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/text.py" line="47" />
            <source>Stalled · %n day(s) over</source>
            <translation>
                <numerusform>Stalled · %n day over</numerusform>
                <numerusform>Stalled · %n days over</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/review_view.py" line="396" />
            <source>%n deal(s) are still to decide. Finished now, the review is partial and this week's clean-up stays due (K skips a deal on purpose). Finish anyway?</source>
            <translation>
                <numerusform>%n deal is still to decide. Finished now, the review is partial and this week's clean-up stays due (K skips a deal on purpose). Finish anyway?</numerusform>
                <numerusform>%n deals are still to decide. Finished now, the review is partial and this week's clean-up stays due (K skips a deal on purpose). Finish anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="318" />
            <source>Deals (%n)</source>
            <translation>
                <numerusform>Deals (%n)</numerusform>
                <numerusform>Deals (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="319" />
            <source>Purchases (%n)</source>
            <translation>
                <numerusform>Purchases (%n)</numerusform>
                <numerusform>Purchases (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientSetPanel</name>
        <message numerus="yes">
            <location filename="../../ui/customers/set_list.py" line="169" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="183" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="254" />
            <source>Campaign “%1” created for %Ln client(s).</source>
            <translation>
                <numerusform>Campaign “%1” created for %Ln client.</numerusform>
                <numerusform>Campaign “%1” created for %Ln clients.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="258" />
            <source>%n held out for comparison.</source>
            <translation>
                <numerusform>%n held out for comparison.</numerusform>
                <numerusform>%n held out for comparison.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnModel</name>
        <message numerus="yes">
            <location filename="../../ui/board/model.py" line="106" />
            <source>Stalled: %n d over the stage's limit</source>
            <translation>
                <numerusform>Stalled: %n day over the stage's limit</numerusform>
                <numerusform>Stalled: %n days over the stage's limit</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="137" />
            <source>Open deals in this stage: %Ln</source>
            <translation>
                <numerusform>Open deals in this stage: %Ln</numerusform>
                <numerusform>Open deals in this stage: %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="162" />
            <source>%Ln stalled</source>
            <translation>
                <numerusform>%Ln stalled</numerusform>
                <numerusform>%Ln stalled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="166" />
            <source>stalls after %n d</source>
            <translation>
                <numerusform>stalls after %n d</numerusform>
                <numerusform>stalls after %n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="168" />
            <source>A deal in this stage longer than %n d is stalled</source>
            <translation>
                <numerusform>A deal in this stage longer than %n day is stalled</numerusform>
                <numerusform>A deal in this stage longer than %n days is stalled</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerCheckPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="113" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n row cannot be imported:</numerusform>
                <numerusform>%n rows cannot be imported:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="149" />
            <source>%n purchase(s) will be imported.</source>
            <translation>
                <numerusform>%n purchase will be imported.</numerusform>
                <numerusform>%n purchases will be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="165" />
            <source>%n order(s) were imported before and are left as they are.</source>
            <translation>
                <numerusform>%n order was imported before and is left as it is.</numerusform>
                <numerusform>%n orders were imported before and are left as they are.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerImportPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="186" />
            <source>Imported %n purchase(s).</source>
            <translation>
                <numerusform>Imported %n purchase.</numerusform>
                <numerusform>Imported %n purchases.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="189" />
            <source>Imported %n client(s).</source>
            <translation>
                <numerusform>Imported %n client.</numerusform>
                <numerusform>Imported %n clients.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message numerus="yes">
            <location filename="../../ui/customers/page.py" line="231" />
            <source>%Ln client(s) bought before and have been silent for more than twice their usual gap (at least 90 days). The richest come first.</source>
            <translation>
                <numerusform>%Ln client bought before and has been silent for more than twice their usual gap (at least 90 days). The richest come first.</numerusform>
                <numerusform>%Ln clients bought before and have been silent for more than twice their usual gap (at least 90 days). The richest come first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/page.py" line="264" />
            <source>%n purchase(s) in other currencies left out of revenue.</source>
            <translation>
                <numerusform>%n purchase in other currencies left out of revenue.</numerusform>
                <numerusform>%n purchases in other currencies left out of revenue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message numerus="yes">
            <location filename="../../ui/deals/model.py" line="126" />
            <source>Stalled: %n day(s) over the stage's limit</source>
            <translation>
                <numerusform>Stalled: %n day over the stage's limit</numerusform>
                <numerusform>Stalled: %n days over the stage's limit</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="266" />
            <source>Total: %Ln deal(s)</source>
            <translation>
                <numerusform>Total: %Ln deal</numerusform>
                <numerusform>Total: %Ln deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="317" />
            <source>Select at most %n deals to move at once</source>
            <translation>
                <numerusform>Select at most %n deal to move at once</numerusform>
                <numerusform>Select at most %n deals to move at once</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="401" />
            <source>%n deal(s) assigned to %1</source>
            <translation>
                <numerusform>%n deal assigned to %1</numerusform>
                <numerusform>%n deals assigned to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/clients/duplicates.py" line="283" />
            <source>%n group(s) of likely duplicates.</source>
            <translation>
                <numerusform>%n group of likely duplicates.</numerusform>
                <numerusform>%n groups of likely duplicates.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../ui/exports/dialog.py" line="131" />
            <source>%n row(s) written to %1.</source>
            <translation>
                <numerusform>%n row written to %1.</numerusform>
                <numerusform>%n rows written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowupsBox</name>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="20" />
            <source>Cancel its %n open follow-up(s) (the call-back is kept)</source>
            <translation>
                <numerusform>Cancel its %n open follow-up (the call-back is kept)</numerusform>
                <numerusform>Cancel its %n open follow-ups (the call-back is kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="22" />
            <source>Cancel their %n open follow-up(s)</source>
            <translation>
                <numerusform>Cancel their %n open follow-up</numerusform>
                <numerusform>Cancel their %n open follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="24" />
            <source>Cancel its %n open follow-up(s)</source>
            <translation>
                <numerusform>Cancel its %n open follow-up</numerusform>
                <numerusform>Cancel its %n open follow-ups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FutureBuckets</name>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="103" />
            <source>%n return overdue</source>
            <translation>
                <numerusform>%n return overdue</numerusform>
                <numerusform>%n returns overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="115" />
            <source>Parked deals: %Ln</source>
            <translation>
                <numerusform>Parked deals: %Ln</numerusform>
                <numerusform>Parked deals: %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandedNotices</name>
        <message numerus="yes">
            <location filename="../../ui/reminders/handed.py" line="25" />
            <source>%n open follow-up(s)</source>
            <translation>
                <numerusform>%n open follow-up</numerusform>
                <numerusform>%n open follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/handed.py" line="31" />
            <source>%n deal(s) handed to you</source>
            <translation>
                <numerusform>%n deal handed to you</numerusform>
                <numerusform>%n deals handed to you</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="203" />
            <source>Imported %n deal(s).</source>
            <translation>
                <numerusform>Imported %n deal.</numerusform>
                <numerusform>Imported %n deals.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="62" />
            <location filename="../../ui/customers/matrix.py" line="67" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n purchase</numerusform>
                <numerusform>%n purchases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="73" />
            <source>up to %n day(s) ago</source>
            <translation>
                <numerusform>up to %n day ago</numerusform>
                <numerusform>up to %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="75" />
            <source>over %n day(s) ago</source>
            <translation>
                <numerusform>over %n day ago</numerusform>
                <numerusform>over %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../ui/clients/merge_dialog.py" line="69" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/merge_dialog.py" line="70" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n purchase</numerusform>
                <numerusform>%n purchases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MissedRemindersDialog</name>
        <message numerus="yes">
            <location filename="../../ui/reminders/missed.py" line="71" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Came due while Funnel was closed: %n</numerusform>
                <numerusform>Came due while Funnel was closed: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MoveDealsDialog</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/dialogs.py" line="46" />
            <source>Stage «%1» holds %n deal(s). Where should they go?</source>
            <translation>
                <numerusform>Stage «%1» holds %n deal. Where should it go?</numerusform>
                <numerusform>Stage «%1» holds %n deals. Where should they go?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParetoPanel</name>
        <message numerus="yes">
            <location filename="../../ui/customers/panels.py" line="120" />
            <source>%n purchase(s) in other currencies left out.</source>
            <translation>
                <numerusform>%n purchase in other currencies left out.</numerusform>
                <numerusform>%n purchases in other currencies left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParkDialog</name>
        <message numerus="yes">
            <location filename="../../ui/deals/park_dialog.py" line="138" />
            <source>&amp;%n months</source>
            <translation>
                <numerusform>&amp;%n month</numerusform>
                <numerusform>&amp;%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PurchaseSummary</name>
        <message numerus="yes">
            <location filename="../../ui/clients/timeline.py" line="91" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n purchase</numerusform>
                <numerusform>%n purchases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDelegate</name>
        <message numerus="yes">
            <location filename="../../ui/settings/reasons_model.py" line="161" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n deal</numerusform>
                <numerusform>%n deals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/settings/reasons_model.py" line="166" />
            <source>“%1” becomes “%2” on %n deal(s).</source>
            <translation>
                <numerusform>“%1” becomes “%2” on %n deal.</numerusform>
                <numerusform>“%1” becomes “%2” on %n deals.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="155" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Came due while Funnel was closed: %n</numerusform>
                <numerusform>Came due while Funnel was closed: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="269" />
            <source>Overdue follow-ups handed to the backup owner: %n</source>
            <translation>
                <numerusform>Overdue follow-ups handed to the backup owner: %n</numerusform>
                <numerusform>Overdue follow-ups handed to the backup owner: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="243" />
            <location filename="../../ui/reminders/notifier.py" line="293" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="295" />
            <source>%n follow-ups due</source>
            <translation>
                <numerusform>%n follow-up due</numerusform>
                <numerusform>%n follow-ups due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message numerus="yes">
            <location filename="../../ui/team/banner.py" line="55" />
            <source>The team server cannot be reached — retrying in %n s…</source>
            <translation>
                <numerusform>The team server cannot be reached — retrying in %n s…</numerusform>
                <numerusform>The team server cannot be reached — retrying in %n s…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="187" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="202" />
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="205" />
            <source>%n won, lost or archived (they move too if the stage is removed)</source>
            <translation>
                <numerusform>%n won, lost or archived (it moves too if the stage is removed)</numerusform>
                <numerusform>%n won, lost or archived (they move too if the stage is removed)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/pages.py" line="414" />
            <source>%n stage name(s) in the file are new:</source>
            <translation>
                <numerusform>%n stage name in the file is new:</numerusform>
                <numerusform>%n stage names in the file are new:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message numerus="yes">
            <location filename="../../ui/team/dialog.py" line="217" />
            <source>%n open deal(s) stay theirs until you hand them over.</source>
            <translation>
                <numerusform>%n open deal stays theirs until you hand it over.</numerusform>
                <numerusform>%n open deals stay theirs until you hand them over.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message numerus="yes">
            <location filename="../../ui/deal_card/timeline.py" line="88" />
            <source>%n day(s) so far</source>
            <translation>
                <numerusform>%n day so far</numerusform>
                <numerusform>%n days so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/timeline.py" line="89" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayDelegate</name>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="285" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="339" />
            <location filename="../../ui/today/delegate.py" line="357" />
            <source>%n d late</source>
            <translation>
                <numerusform>%n d late</numerusform>
                <numerusform>%n d late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="376" />
            <source>+%n d</source>
            <comment>days over the stage's limit</comment>
            <translation>
                <numerusform>+%n d</numerusform>
                <numerusform>+%n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="377" />
            <source>%n d in stage</source>
            <translation>
                <numerusform>%n d in stage</numerusform>
                <numerusform>%n d in stage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message numerus="yes">
            <location filename="../../ui/today/model.py" line="197" />
            <source>%n more</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="166" />
            <source>Next %n days</source>
            <translation>
                <numerusform>Next %n day</numerusform>
                <numerusform>Next %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="220" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="223" />
            <source>%n due today</source>
            <translation>
                <numerusform>%n due today</numerusform>
                <numerusform>%n due today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="225" />
            <source>%n returning</source>
            <translation>
                <numerusform>%n returning</numerusform>
                <numerusform>%n returning</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="227" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n stalled</numerusform>
                <numerusform>%n stalled</numerusform>
            </translation>
        </message>
    </context>
</TS>

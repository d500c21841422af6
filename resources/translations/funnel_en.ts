<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <location filename="../../ui/actions.py" line="82"/>
        <source>Move %n deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/board/delegate.py" line="182"/>
        <source>%n d</source>
        <comment>days in the stage</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board/delegate.py" line="188"/>
        <source>+%n d</source>
        <comment>days over the stage&apos;s limit</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message numerus="yes">
        <location filename="../../ui/deal_card/header.py" line="83"/>
        <source>%n day(s) in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deal_card/header.py" line="98"/>
        <source>Stalled: %n day(s) over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/imports/wizard.py" line="117"/>
        <source>%n row(s) cannot be imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/wizard.py" line="138"/>
        <source>%n deal(s) will be imported into “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message numerus="yes">
        <location filename="../../ui/clients/card.py" line="252"/>
        <source>Deals (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/card.py" line="253"/>
        <source>Purchases (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../ui/clients/page.py" line="155"/>
        <source>%Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnModel</name>
    <message numerus="yes">
        <location filename="../../ui/board/model.py" line="106"/>
        <source>Stalled: %n d over the stage&apos;s limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message numerus="yes">
        <location filename="../../ui/board/column.py" line="134"/>
        <source>Open deals in this stage: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board/column.py" line="159"/>
        <source>%Ln stalled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board/column.py" line="163"/>
        <source>stalls after %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/board/column.py" line="165"/>
        <source>A deal in this stage longer than %n d is stalled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message numerus="yes">
        <location filename="../../ui/deals/model.py" line="106"/>
        <source>Stalled: %n day(s) over the stage&apos;s limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message numerus="yes">
        <location filename="../../ui/deals/page.py" line="207"/>
        <source>%Ln deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deals/page.py" line="255"/>
        <source>Select at most %n deals to move at once</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../ui/imports/wizard.py" line="220"/>
        <source>Imported %n deal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedRemindersDialog</name>
    <message numerus="yes">
        <location filename="../../ui/missed_reminders.py" line="66"/>
        <source>Came due while Funnel was closed: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/pipeline_editor/dialogs.py" line="46"/>
        <source>Stage «%1» holds %n deal(s). Where should they go?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message numerus="yes">
        <location filename="../../ui/park_dialog.py" line="102"/>
        <source>&amp;%n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message numerus="yes">
        <location filename="../../ui/pipeline_editor/model.py" line="175"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message numerus="yes">
        <location filename="../../ui/imports/pages.py" line="391"/>
        <source>%n stage name(s) in the file are new:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../../ui/deal_card/timeline.py" line="88"/>
        <source>%n day(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deal_card/timeline.py" line="89"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/today/delegate.py" line="281"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/delegate.py" line="335"/>
        <location filename="../../ui/today/delegate.py" line="350"/>
        <source>%n d late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/delegate.py" line="369"/>
        <source>+%n d</source>
        <comment>days over the stage&apos;s limit</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/delegate.py" line="370"/>
        <source>%n d in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message numerus="yes">
        <location filename="../../ui/today/model.py" line="197"/>
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="274"/>
        <source>Next %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="317"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="320"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="322"/>
        <source>%n returning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/today/page.py" line="324"/>
        <source>%n stalled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

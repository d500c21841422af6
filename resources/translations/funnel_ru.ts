<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../ui/actions.py" line="78" />
            <source>Move deal</source>
            <translation>перенос сделки</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/actions.py" line="82" />
            <source>Move %n deal(s)</source>
            <translation>
                <numerusform>перенос %n сделки</numerusform>
                <numerusform>перенос %n сделок</numerusform>
                <numerusform>перенос %n сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>Mark deal won</source>
            <translation>отметку «Успешно»</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Mark deal lost</source>
            <translation>отметку «Проиграна»</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="103" />
            <source>Archive deal</source>
            <translation>отправку в архив</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="110" />
            <source>Reopen deal</source>
            <translation>возврат сделки в работу</translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="52" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="53" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="54" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="55" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="88" />
            <source>done %1</source>
            <translation>выполнено %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="95" />
            <source>%1 at %2</source>
            <translation>%1 в %2</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="98" />
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="100" />
            <source>repeats</source>
            <translation>повторяется</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="207" />
            <source>No activities yet: add the next step below.</source>
            <translation>Дел пока нет: добавьте следующий шаг ниже.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="211" />
            <source>Mark done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="216" />
            <source>Snooze ▾</source>
            <translation>Отложить ▾</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="221" />
            <location filename="../../ui/deal_card/activities.py" line="274" />
            <source>Add activity</source>
            <translation>Добавить дело</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="227" />
            <source>What is to be done?</source>
            <translation>Что нужно сделать?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="231" />
            <source>at</source>
            <translation>в</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="235" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="276" />
            <source>Save the deal first to add activities</source>
            <translation>Сначала сохраните сделку, чтобы добавлять дела</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../ui/activity_actions.py" line="76" />
            <source>Mark activity done</source>
            <translation>отметку дела «Выполнено»</translation>
        </message>
        <message>
            <location filename="../../ui/activity_actions.py" line="104" />
            <source>Snooze activity</source>
            <translation>перенос дела</translation>
        </message>
        <message>
            <location filename="../../ui/activity_actions.py" line="125" />
            <source>Add activity</source>
            <translation>добавление дела</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="177" />
            <source>Edit activity</source>
            <translation>Изменить дело</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="177" />
            <source>New activity</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="194" />
            <source>An RFC 5545 recurrence rule, as calendars write it, e.g. FREQ=WEEKLY;BYDAY=MO</source>
            <translation>Правило повтора RFC 5545, как в календарях, например FREQ=WEEKLY;BYDAY=MO</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="196" />
            <source>Repeat</source>
            <translation>Повтор</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="200" />
            <source>Notes (optional)</source>
            <translation>Примечания (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="203" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="250" />
            <source>Does not repeat</source>
            <translation>Не повторяется</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="251" />
            <source>Every week on %1</source>
            <translation>Каждую неделю: %1</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="252" />
            <source>Every month on day %1</source>
            <translation>Каждый месяц %1-го числа</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="253" />
            <source>Every year on %1</source>
            <translation>Каждый год %1</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="259" />
            <source>Every year on the client's birthday (%1)</source>
            <translation>Каждый год в день рождения клиента (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="264" />
            <source>Custom rule…</source>
            <translation>Своё правило…</translation>
        </message>
    </context>
    <context>
        <name>ActivityFields</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="96" />
            <source>What is to be done?</source>
            <translation>Что нужно сделать?</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="101" />
            <source>at</source>
            <translation>в</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="117" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="118" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="119" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="81" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../ui/board/page.py" line="88" />
            <source>This pipeline has no stages yet.</source>
            <translation>В этой воронке пока нет этапов.</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="123" />
            <source>Board</source>
            <translation>Доска</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="147" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="151" />
            <source>Move to next stage</source>
            <translation>На следующий этап</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="154" />
            <source>Move to previous stage</source>
            <translation>На предыдущий этап</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="156" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="157" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="159" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="163" />
            <source>Back to pipeline</source>
            <translation>Вернуть в воронку</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="271" />
            <source>Showing %1 of %2 deals</source>
            <translation>Показано сделок: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="281" />
            <source>%1 deals · %2 · weighted %3</source>
            <translation>Сделок: %1 · %2 · прогноз %3</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="560" />
            <source>Move to</source>
            <translation>Перенести на этап</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../ui/board/delegate.py" line="40" />
            <source>Hot</source>
            <translation>Горячий</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="41" />
            <source>Warm</source>
            <translation>Тёплый</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="42" />
            <source>Cold</source>
            <translation>Холодный</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="79" />
            <source>No next step</source>
            <translation>Нет следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="83" />
            <source>%1 · %2</source>
            <comment>next step: when · what</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="177" />
            <source>No client</source>
            <translation>Без клиента</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="182" />
            <source>%n d</source>
            <comment>days in the stage</comment>
            <translation>
                <numerusform>%n дн.</numerusform>
                <numerusform>%n дн.</numerusform>
                <numerusform>%n дн.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="184" />
            <source>back %1</source>
            <comment>a parked deal's return date</comment>
            <translation>возврат %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="188" />
            <source>+%n d</source>
            <comment>days over the stage's limit</comment>
            <translation>
                <numerusform>+%n дн.</numerusform>
                <numerusform>+%n дн.</numerusform>
                <numerusform>+%n дн.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardHeader</name>
        <message>
            <location filename="../../ui/deal_card/header.py" line="37" />
            <source>Previous</source>
            <translation>Предыдущая</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="39" />
            <source>Previous deal (Page Up)</source>
            <translation>Предыдущая сделка (Page Up)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="41" />
            <source>Next</source>
            <translation>Следующая</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="44" />
            <source>Next deal (Page Down)</source>
            <translation>Следующая сделка (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="75" />
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="77" />
            <source>In %1. Fill in the title, then save.</source>
            <translation>В воронке «%1». Введите название и сохраните.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/header.py" line="83" />
            <source>%n day(s) in stage</source>
            <translation>
                <numerusform>%n день на этапе</numerusform>
                <numerusform>%n дня на этапе</numerusform>
                <numerusform>%n дней на этапе</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="91" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="93" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="95" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/header.py" line="98" />
            <source>Stalled: %n day(s) over</source>
            <translation>
                <numerusform>Зависла: на %n день дольше</numerusform>
                <numerusform>Зависла: на %n дня дольше</numerusform>
                <numerusform>Зависла: на %n дней дольше</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="113" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/imports/wizard.py" line="60" />
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="61" />
            <source>Nothing has been written yet.</source>
            <translation>Пока ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="63" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="74" />
            <source>Skip these rows and import the others</source>
            <translation>Пропустить эти строки и импортировать остальные</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="92" />
            <source>Checking every row…</source>
            <translation>Проверка всех строк…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="117" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n строку нельзя импортировать:</numerusform>
                <numerusform>%n строки нельзя импортировать:</numerusform>
                <numerusform>%n строк нельзя импортировать:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="121" />
            <source>Line %1: %2</source>
            <translation>Строка %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="138" />
            <source>%n deal(s) will be imported into “%1”.</source>
            <translation>
                <numerusform>%n сделка будет импортирована в «%1».</numerusform>
                <numerusform>%n сделки будут импортированы в «%1».</numerusform>
                <numerusform>%n сделок будут импортированы в «%1».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="143" />
            <source>open</source>
            <translation>открытых</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="144" />
            <source>won</source>
            <translation>успешных</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="145" />
            <source>lost</source>
            <translation>проигранных</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="146" />
            <source>deleted</source>
            <translation>удалённых</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="149" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="155" />
            <source>New clients: %1</source>
            <translation>Новых клиентов: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="158" />
            <source>New stages: %1</source>
            <translation>Новых этапов: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="160" />
            <source>New pipelines: %1</source>
            <translation>Новых воронок: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="162" />
            <source>New owners: %1</source>
            <translation>Новых ответственных: %1</translation>
        </message>
    </context>
    <context>
        <name>Cleanup</name>
        <message>
            <location filename="../../ui/cleanup/widgets.py" line="70" />
            <source>Enter</source>
            <comment>the key</comment>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="47" />
            <source>1. Does the client know they are in your funnel?</source>
            <translation>1. Клиент знает, что он у вас в воронке?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="52" />
            <source>If not: call and offer, or let the deal go.</source>
            <translation>Если нет: позвоните и предложите или отпустите сделку.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="55" />
            <source>Call today</source>
            <translation>Позвонить сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="56" />
            <source>Call tomorrow</source>
            <translation>Позвонить завтра</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="57" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="60" />
            <source>2. Are they ready to buy this month?</source>
            <translation>2. Готов купить в этом месяце?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="63" />
            <source>If not: park the deal in Future sales with a call back.</source>
            <translation>Если нет: отложите сделку в «Будущие продажи» с напоминанием перезвонить.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="68" />
            <source>1 month</source>
            <translation>1 месяц</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="69" />
            <source>3 months</source>
            <translation>3 месяца</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="70" />
            <source>6 months</source>
            <translation>6 месяцев</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="71" />
            <source>Until…</source>
            <translation>До даты…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="73" />
            <source>Other decisions</source>
            <translation>Другие решения</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="80" />
            <location filename="../../ui/cleanup/facts.py" line="201" />
            <source>Next step…</source>
            <translation>Следующий шаг…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="81" />
            <location filename="../../ui/cleanup/decision_panel.py" line="149" />
            <source>Move to stage…</source>
            <translation>Перенести на этап…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="82" />
            <source>Temperature…</source>
            <translation>Температура…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="83" />
            <location filename="../../ui/cleanup/history.py" line="64" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="84" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="85" />
            <source>Silent lead…</source>
            <translation>Лид молчит…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="94" />
            <source>Next deal</source>
            <translation>Следующая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="142" />
            <source>Fix or waive the unticked checklist items to move on.</source>
            <translation>Чтобы продолжить, выполните или пропустите неотмеченные пункты.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="147" />
            <source>Bring back to…</source>
            <translation>Вернуть на этап…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="77" />
            <location filename="../../ui/cleanup/facts.py" line="175" />
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="79" />
            <source>Set next step</source>
            <translation>Задать следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="85" />
            <location filename="../../ui/cleanup/review_view.py" line="260" />
            <location filename="../../ui/cleanup/text.py" line="19" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="90" />
            <source>At</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="100" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="101" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="113" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="77" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="102" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="132" />
            <source>Park until a date</source>
            <translation>Отложить до даты</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="134" />
            <source>Park</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="136" />
            <source>Call the client back on:</source>
            <translation>Перезвонить клиенту:</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="158" />
            <source>Move</source>
            <translation>Перенести</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="167" />
            <source>%1 (now)</source>
            <translation>%1 (сейчас)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="203" />
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="205" />
            <source>Set</source>
            <translation>Задать</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="212" />
            <source>Not set</source>
            <translation>Не задано</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="233" />
            <source>Log a contact</source>
            <translation>Записать контакт</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="235" />
            <source>Log</source>
            <translation>Записать</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="243" />
            <source>What was said, what was agreed</source>
            <translation>Что обсудили, о чём договорились</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="247" />
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="248" />
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="267" />
            <source>Fill in the deal</source>
            <translation>Заполнить сделку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="269" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="273" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="278" />
            <location filename="../../ui/cleanup/facts.py" line="172" />
            <location filename="../../ui/cleanup/summary_view.py" line="107" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="279" />
            <location filename="../../ui/cleanup/facts.py" line="173" />
            <source>Expected close</source>
            <translation>Плановое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="302" />
            <source>Add a note</source>
            <translation>Добавить примечание</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="304" />
            <source>Add note</source>
            <translation>Добавить примечание</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="76" />
            <source>Waive</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="80" />
            <source>Waived: undo</source>
            <translation>Пропущено: вернуть</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="107" />
            <source>waived for this review</source>
            <translation>пропущено в этой чистке</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="153" />
            <source>Cool down</source>
            <translation>Понизить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="155" />
            <source>Keep as is</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="171" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="174" />
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="176" />
            <source>Latest notes</source>
            <translation>Последние примечания</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="191" />
            <source>Checklist</source>
            <translation>Чек-лист</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="195" />
            <source>Add note…</source>
            <translation>Примечание…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="198" />
            <source>Log contact…</source>
            <translation>Записать контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="204" />
            <source>Fill in…</source>
            <translation>Заполнить…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="239" />
            <source>No client</source>
            <translation>Без клиента</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="252" />
            <source>Parked in %1 until %2; returns to %3</source>
            <translation>Отложена в «%1» до %2; вернётся на этап «%3»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="259" />
            <source>%1 · %n day(s) in stage</source>
            <translation>
                <numerusform>%1 · %n день на этапе</numerusform>
                <numerusform>%1 · %n дня на этапе</numerusform>
                <numerusform>%1 · %n дней на этапе</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="263" />
            <source>(stalls after %n day(s))</source>
            <translation>
                <numerusform>(зависает через %n день)</numerusform>
                <numerusform>(зависает через %n дня)</numerusform>
                <numerusform>(зависает через %n дней)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="271" />
            <location filename="../../ui/cleanup/facts.py" line="275" />
            <source>Not filled in</source>
            <translation>Не заполнено</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="284" />
            <location filename="../../ui/cleanup/facts.py" line="378" />
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="312" />
            <source>No reply to the notice: archive?</source>
            <translation>Нет ответа на письмо: в архив?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="316" />
            <source>Replied after the notice</source>
            <translation>Ответил после письма</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="320" />
            <source>Notice sent, waiting for a reply</source>
            <translation>Письмо отправлено, ждём ответа</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="338" />
            <source>%1 → %2? No purchase and no activity for %n day(s) or more.</source>
            <translation>
                <numerusform>%1 → %2? Ни покупок, ни дел уже %n день и больше.</numerusform>
                <numerusform>%1 → %2? Ни покупок, ни дел уже %n дня и больше.</numerusform>
                <numerusform>%1 → %2? Ни покупок, ни дел уже %n дней и больше.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="357" />
            <source>None logged</source>
            <translation>Не записано</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="360" />
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="373" />
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>просрочено на %n день</numerusform>
                <numerusform>просрочено на %n дня</numerusform>
                <numerusform>просрочено на %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/history.py" line="29" />
            <source>%n min</source>
            <translation>
                <numerusform>%n мин</numerusform>
                <numerusform>%n мин</numerusform>
                <numerusform>%n мин</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="57" />
            <source>Week of</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="58" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="59" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="60" />
            <source>Reviewed</source>
            <translation>Разобрано</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="61" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="62" />
            <source>Parked</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="63" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="65" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="93" />
            <source>Skipped</source>
            <translation>Пропущена</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="95" />
            <source>Due this week</source>
            <translation>На этой неделе</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="28" />
            <location filename="../../ui/cleanup/review_view.py" line="75" />
            <source>Weekly clean-up</source>
            <translation>Еженедельная чистка воронки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="32" />
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="53" />
            <location filename="../../ui/cleanup/home.py" line="162" />
            <source>Start review</source>
            <translation>Начать чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="64" />
            <source>Every open deal, stalled ones first: does the client know they are in your funnel, and are they ready to buy this month? Each deal leaves with a decision and a next step.</source>
            <translation>Все открытые сделки, сначала зависшие: знает ли клиент, что он в вашей воронке, и готов ли купить в этом месяце? По каждой сделке — решение и следующий шаг.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="88" />
            <source>Past weeks</source>
            <translation>Прошлые недели</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="99" />
            <source>No clean-up yet: the first one starts the history.</source>
            <translation>Чисток ещё не было: первая начнёт историю.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="120" />
            <source>Reminder every %1 at %2</source>
            <translation>Напоминание: %1, в %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="127" />
            <source>Under way: %1 of %2 deals decided</source>
            <translation>Идёт чистка: решено сделок — %1 из %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="133" />
            <source>Pick up where you left off.</source>
            <translation>Продолжите с того места, где остановились.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="135" />
            <source>Resume review</source>
            <translation>Продолжить чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="139" />
            <source>This week's clean-up is due</source>
            <translation>Пора провести чистку этой недели</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="144" />
            <source>Done for this week. Next clean-up: %1, %2</source>
            <translation>На этой неделе готово. Следующая чистка: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="153" />
            <source>Next clean-up: %1, %2</source>
            <translation>Следующая чистка: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="160" />
            <source>Review again</source>
            <translation>Пройти ещё раз</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="166" />
            <source>%n week(s) skipped before this one.</source>
            <translation>
                <numerusform>Перед этой пропущена %n неделя.</numerusform>
                <numerusform>Перед этой пропущены %n недели.</numerusform>
                <numerusform>Перед этой пропущено %n недель.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="178" />
            <source>Streak: %n week(s) in a row</source>
            <translation>
                <numerusform>Серия: %n неделя подряд</numerusform>
                <numerusform>Серия: %n недели подряд</numerusform>
                <numerusform>Серия: %n недель подряд</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="187" />
            <source>No open deals to review.</source>
            <translation>Открытых сделок для разбора нет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="188" />
            <source>%n open deal(s) to review</source>
            <translation>
                <numerusform>%n открытая сделка к разбору</numerusform>
                <numerusform>%n открытые сделки к разбору</numerusform>
                <numerusform>%n открытых сделок к разбору</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="191" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n зависла</numerusform>
                <numerusform>%n зависли</numerusform>
                <numerusform>%n зависли</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="194" />
            <source>%n without a next step</source>
            <translation>
                <numerusform>%n без следующего шага</numerusform>
                <numerusform>%n без следующего шага</numerusform>
                <numerusform>%n без следующего шага</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="198" />
            <source>%n back from Future sales</source>
            <translation>
                <numerusform>%n вернулась из будущих продаж</numerusform>
                <numerusform>%n вернулись из будущих продаж</numerusform>
                <numerusform>%n вернулись из будущих продаж</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="72" />
            <source>Clean-up</source>
            <translation>Чистка воронки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="89" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="182" />
            <source>Weekly pipeline clean-up</source>
            <translation>Еженедельная чистка воронки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="84" />
            <source>Open deal</source>
            <translation>Открыть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="86" />
            <source>Leave</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="89" />
            <source>Finish review</source>
            <translation>Завершить чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="183" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="265" />
            <source>Archive deal</source>
            <translation>отправку в архив</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="313" />
            <source>Mark deal won</source>
            <translation>отметку «Успешно»</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="325" />
            <source>Mark deal lost</source>
            <translation>отметку «Проиграна»</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="344" />
            <source>Park deal</source>
            <translation>перенос в будущие продажи</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="351" />
            <source>Call back</source>
            <translation>Перезвонить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="368" />
            <source>Bring the deal back</source>
            <translation>Вернуть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="370" />
            <source>Move to stage</source>
            <translation>Перенести на этап</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="381" />
            <source>Move deal</source>
            <translation>перенос сделки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="398" />
            <source>No mail program opened the message; nothing was recorded. Set a default mail program, or write to the client yourself.</source>
            <translation>Почтовая программа не открыла письмо; ничего не записано. Назначьте почтовую программу по умолчанию или напишите клиенту сами.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="413" />
            <source>Archive unless they reply</source>
            <translation>В архив, если не ответит</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/review_view.py" line="531" />
            <source>%n deal(s) are still to decide. Finish the review anyway?</source>
            <translation>
                <numerusform>По %n сделке ещё нет решения. Всё равно завершить чистку?</numerusform>
                <numerusform>По %n сделкам ещё нет решения. Всё равно завершить чистку?</numerusform>
                <numerusform>По %n сделкам ещё нет решения. Всё равно завершить чистку?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="533" />
            <source>Finish the review</source>
            <translation>Завершить чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="57" />
            <source>Clean-up settings</source>
            <translation>Настройки чистки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="78" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="83" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="64" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="86" />
            <source>Remind me every</source>
            <translation>Когда напоминать</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="88" />
            <source>Archive a silent lead after</source>
            <translation>Отправлять молчащий лид в архив через</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="91" />
            <source>Propose cooling a quiet client after</source>
            <translation>Предлагать понизить температуру клиента через</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="104" />
            <source>Restore the default wording</source>
            <translation>Вернуть исходный текст</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="108" />
            <source>Placeholders: %1</source>
            <translation>Подстановки: %1</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="112" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="74" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="114" />
            <source>Silent-lead message</source>
            <translation>Письмо молчащему лиду</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="43" />
            <source>Silent lead</source>
            <translation>Лид молчит</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="46" />
            <source>“%1” has gone quiet. Your mail program will open with this message; the deal is archived after the days below unless a reply is logged.</source>
            <translation>«%1» не выходит на связь. Почтовая программа откроется с этим письмом; если ответ не будет записан, сделка уйдёт в архив через указанное число дней.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="75" />
            <source>Archive after</source>
            <translation>В архив через</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="76" />
            <source>To</source>
            <translation>Кому</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="82" />
            <source>Open in mail program</source>
            <translation>Открыть в почтовой программе</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="122" />
            <source>No e-mail on file: add the address in the mail program</source>
            <translation>E-mail не указан: добавьте адрес в почтовой программе</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="129" />
            <source>Archive task due %1.</source>
            <translation>Задача «в архив» на %1.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="64" />
            <source>Clean-up done</source>
            <translation>Чистка завершена</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="70" />
            <source>deals reviewed</source>
            <translation>сделок разобрано</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="71" />
            <source>calls scheduled</source>
            <translation>звонков назначено</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="72" />
            <source>parked</source>
            <translation>отложено</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="73" />
            <source>archived</source>
            <translation>в архив</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="74" />
            <source>won</source>
            <translation>успешно</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="75" />
            <source>lost</source>
            <translation>проиграно</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="77" />
            <source>still without a next step</source>
            <translation>всё ещё без следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="86" />
            <source>Your sales pipelines</source>
            <translation>Ваши воронки продаж</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="91" />
            <location filename="../../ui/cleanup/summary_view.py" line="196" />
            <source>Last review</source>
            <translation>Прошлая чистка</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="95" />
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="97" />
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="106" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="108" />
            <source>Stalled</source>
            <translation>Зависшие</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="125" />
            <source>Back to the clean-up page</source>
            <translation>К странице чистки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="165" />
            <source>%1 of %2 deals decided</source>
            <translation>Решено сделок: %1 из %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/summary_view.py" line="181" />
            <source>%n week(s) in a row</source>
            <translation>
                <numerusform>%n неделя подряд</numerusform>
                <numerusform>%n недели подряд</numerusform>
                <numerusform>%n недель подряд</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="183" />
            <source>A new streak starts today.</source>
            <translation>Сегодня начинается новая серия.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="192" />
            <source>Last review (%1)</source>
            <translation>Прошлая чистка (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="20" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="21" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="22" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="28" />
            <source>Notes made since the last contact</source>
            <translation>Примечания после контакта</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="29" />
            <source>The contact logged as an activity</source>
            <translation>Контакт записан как дело</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="30" />
            <source>A reminder or next task set</source>
            <translation>Есть задача или напоминание</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="31" />
            <source>Stage, value and expected close filled in</source>
            <translation>Заполнены этап, сумма, дата закрытия</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="39" />
            <source>no value</source>
            <translation>нет суммы</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="40" />
            <source>no expected close</source>
            <translation>нет даты закрытия</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="41" />
            <source>expected close has passed</source>
            <translation>дата закрытия прошла</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/text.py" line="47" />
            <source>Stalled · %n day(s) over</source>
            <translation>
                <numerusform>Зависла · +%n день</numerusform>
                <numerusform>Зависла · +%n дня</numerusform>
                <numerusform>Зависла · +%n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="49" />
            <source>No next step</source>
            <translation>Нет следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="50" />
            <source>Back from Future sales</source>
            <translation>Вернулась из будущих продаж</translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <location filename="../../ui/clients/card.py" line="89" />
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="94" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="120" />
            <source>The birthday is known</source>
            <translation>День рождения известен</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="128" />
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="145" />
            <source>What to remember about this client</source>
            <translation>Что важно помнить об этом клиенте</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="151" />
            <source>Company:</source>
            <translation>Компания:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="152" />
            <source>Phones:</source>
            <translation>Телефоны:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="153" />
            <source>E-mails:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="154" />
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="155" />
            <source>Tags:</source>
            <translation>Теги:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="156" />
            <source>Temperature:</source>
            <translation>Температура:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="157" />
            <source>Birthday:</source>
            <translation>День рождения:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="158" />
            <source>Referred by:</source>
            <translation>Кто порекомендовал:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="182" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="252" />
            <source>Deals (%n)</source>
            <translation>
                <numerusform>Сделки (%n)</numerusform>
                <numerusform>Сделки (%n)</numerusform>
                <numerusform>Сделки (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="253" />
            <source>Purchases (%n)</source>
            <translation>
                <numerusform>Покупки (%n)</numerusform>
                <numerusform>Покупки (%n)</numerusform>
                <numerusform>Покупки (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="259" />
            <source>Total: %1</source>
            <translation>Итого: %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="306" />
            <source>A client needs a name.</source>
            <translation>У клиента должно быть имя.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="315" />
            <source>“%1” does not look like a phone number.</source>
            <translation>«%1» не похоже на номер телефона.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="317" />
            <source>“%1” is not an e-mail address.</source>
            <translation>«%1» — не адрес e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="321" />
            <source>Pick who referred this client from the list, or clear the box.</source>
            <translation>Выберите из списка, кто порекомендовал клиента, или очистите поле.</translation>
        </message>
    </context>
    <context>
        <name>ClientDealsModel</name>
        <message>
            <location filename="../../ui/clients/history.py" line="67" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="68" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="69" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="70" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
    </context>
    <context>
        <name>ClientHitsModel</name>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="63" />
            <source>Create client «%1»</source>
            <translation>Создать клиента «%1»</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="298" />
            <location filename="../../ui/deal_card/client_picker.py" line="95" />
            <source>Type a name, phone or e-mail</source>
            <translation>Имя, телефон или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="114" />
            <source>+1 555 010 0200</source>
            <translation>+7 912 345-67-89</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="117" />
            <source>name@example.com</source>
            <translation>name@example.ru</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="122" />
            <source>Phone:</source>
            <translation>Телефон:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="123" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="185" />
            <source>Pick a client from the list, or choose “Create client «%1»”.</source>
            <translation>Выберите клиента из списка или пункт «Создать клиента „%1“».</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="227" />
            <source>New client «%1» is created when you save the deal.</source>
            <translation>Новый клиент «%1» будет создан при сохранении сделки.</translation>
        </message>
    </context>
    <context>
        <name>ClientsModel</name>
        <message>
            <location filename="../../ui/clients/model.py" line="24" />
            <source>Hot</source>
            <translation>Горячий</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="25" />
            <source>Warm</source>
            <translation>Тёплый</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="26" />
            <source>Cold</source>
            <translation>Холодный</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="45" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="46" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="47" />
            <source>VK</source>
            <translation>ВКонтакте</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="48" />
            <source>Referral</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="49" />
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="50" />
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="51" />
            <source>Cold call</source>
            <translation>Холодный звонок</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="52" />
            <source>Exhibition</source>
            <translation>Выставка</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="72" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="74" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="75" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="76" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="77" />
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="78" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="79" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="82" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="89" />
            <source>Purchases</source>
            <translation>Покупки</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="96" />
            <source>Last purchase</source>
            <translation>Последняя покупка</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <location filename="../../ui/clients/page.py" line="76" />
            <source>Filter by name, company, phone or e-mail</source>
            <translation>Фильтр по имени, компании, телефону или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="80" />
            <source>Any temperature</source>
            <translation>Любая температура</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="82" />
            <source>Hot</source>
            <translation>Горячие</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="83" />
            <source>Warm</source>
            <translation>Тёплые</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="84" />
            <source>Cold</source>
            <translation>Холодные</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="89" />
            <source>Not set</source>
            <translation>Не задано</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="91" />
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="106" />
            <source>No clients match these filters.</source>
            <translation>Нет клиентов, подходящих под эти фильтры.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="135" />
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="155" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln клиент</numerusform>
                <numerusform>%Ln клиента</numerusform>
                <numerusform>%Ln клиентов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnModel</name>
        <message>
            <location filename="../../ui/board/model.py" line="100" />
            <source>Client: %1</source>
            <translation>Клиент: %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/model.py" line="102" />
            <source>Owner: %1</source>
            <translation>Ответственный: %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/model.py" line="104" />
            <source>Next step: %1</source>
            <translation>Следующий шаг: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/model.py" line="106" />
            <source>Stalled: %n d over the stage's limit</source>
            <translation>
                <numerusform>Зависла: на %n день дольше срока этапа</numerusform>
                <numerusform>Зависла: на %n дня дольше срока этапа</numerusform>
                <numerusform>Зависла: на %n дней дольше срока этапа</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnSettings</name>
        <message>
            <location filename="../../ui/deals/table.py" line="179" />
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message>
            <location filename="../../ui/board/column.py" line="133" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="148" />
            <source>Total value of the open deals</source>
            <translation>Общая сумма открытых сделок</translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="142" />
            <source>Weighted %1 (%2%)</source>
            <translation>Прогноз %1 (%2%)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="137" />
            <source>Open deals in this stage: %Ln</source>
            <translation>
                <numerusform>Открытых сделок на этапе: %Ln</numerusform>
                <numerusform>Открытых сделок на этапе: %Ln</numerusform>
                <numerusform>Открытых сделок на этапе: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="150" />
            <source>%1 — deals: %2, weighted %3</source>
            <translation>%1 — сделок: %2, прогноз %3</translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="159" />
            <source>The value multiplied by the stage's probability of winning</source>
            <translation>Прогноз: сумма, умноженная на вероятность успеха на этом этапе</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="162" />
            <source>%Ln stalled</source>
            <translation>
                <numerusform>%Ln зависла</numerusform>
                <numerusform>%Ln зависли</numerusform>
                <numerusform>%Ln зависли</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="166" />
            <source>stalls after %n d</source>
            <translation>
                <numerusform>лимит %n дн.</numerusform>
                <numerusform>лимит %n дн.</numerusform>
                <numerusform>лимит %n дн.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="168" />
            <source>A deal in this stage longer than %n d is stalled</source>
            <translation>
                <numerusform>Сделка зависла, если она на этапе дольше %n дня</numerusform>
                <numerusform>Сделка зависла, если она на этапе дольше %n дней</numerusform>
                <numerusform>Сделка зависла, если она на этапе дольше %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="171" />
            <source>never stalls</source>
            <translation>не зависает</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="76" />
            <source>Add phone</source>
            <translation>Добавить телефон</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="76" />
            <source>Add e-mail</source>
            <translation>Добавить e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="113" />
            <source>+1 555 010 0200</source>
            <translation>+7 912 345-67-89</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="113" />
            <source>name@example.com</source>
            <translation>name@example.ru</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="124" />
            <location filename="../../ui/clients/fields.py" line="142" />
            <source>Write</source>
            <translation>Написать</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="128" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="142" />
            <source>Call</source>
            <translation>Позвонить</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/i18n.py" line="153" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="155" />
            <source>Tomorrow</source>
            <translation>Завтра</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="157" />
            <source>Yesterday</source>
            <translation>Вчера</translation>
        </message>
    </context>
    <context>
        <name>DealCard</name>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="118" />
            <source>Stage history</source>
            <translation>История этапов</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="137" />
            <location filename="../../ui/deal_card/dialog.py" line="238" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="138" />
            <location filename="../../ui/deal_card/dialog.py" line="243" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="144" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="149" />
            <source>Save and close (Ctrl+S saves and stays)</source>
            <translation>Сохранить и закрыть (Ctrl+S — сохранить без закрытия)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="151" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="212" />
            <location filename="../../ui/deal_card/dialog.py" line="347" />
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="214" />
            <source>Deal — %1</source>
            <translation>Сделка — %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="237" />
            <source>Notes (%1)</source>
            <translation>Примечания (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="241" />
            <source>Activities (%1)</source>
            <translation>Дела (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="345" />
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="346" />
            <source>Save the changes to «%1»?</source>
            <translation>Сохранить изменения в «%1»?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="401" />
            <source>Bring deal back</source>
            <translation>возврат сделки</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/format.py" line="59" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 12 Nov 2026</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/format.py" line="85" />
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <location filename="../../ui/deal_card/form.py" line="42" />
            <source>What is being sold, e.g. Website redesign</source>
            <translation>Что продаём, например: редизайн сайта</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="71" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="72" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="73" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="74" />
            <source>Reopen</source>
            <translation>Вернуть в работу</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="75" />
            <source>Mark the deal won (records a purchase)</source>
            <translation>Отметить сделку успешной (записывается покупка)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="76" />
            <source>Mark the deal lost, with a reason</source>
            <translation>Отметить сделку проигранной, с причиной</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="77" />
            <source>Put the deal away without a result</source>
            <translation>Убрать сделку без результата</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="85" />
            <source>Not ready this month…</source>
            <translation>Не в этом месяце…</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="88" />
            <source>Park the deal in Future sales with a call-back in 1, 3 or 6 months</source>
            <translation>Отложить сделку в «Будущие продажи» с напоминанием перезвонить через 1, 3 или 6 месяцев</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="90" />
            <source>Back to pipeline</source>
            <translation>Вернуть в воронку</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="92" />
            <source>Back to the stage it was parked from</source>
            <translation>Вернуть на этап, с которого сделку отложили</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="105" />
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="106" />
            <source>&amp;Value:</source>
            <translation>С&amp;умма:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="107" />
            <source>C&amp;lient:</source>
            <translation>&amp;Клиент:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="108" />
            <source>&amp;Owner:</source>
            <translation>&amp;Ответственный:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="109" />
            <source>Expected &amp;close:</source>
            <translation>&amp;Плановое закрытие:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="110" />
            <source>&amp;Stage:</source>
            <translation>&amp;Этап:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="111" />
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="138" />
            <source>Nobody</source>
            <translation>Никто</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="197" />
            <source>A deal needs a title.</source>
            <translation>У сделки должно быть название.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="208" />
            <source>A currency is a three-letter code such as USD, RUB, BRL.</source>
            <translation>Валюта — это трёхбуквенный код, например USD, RUB, BRL.</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <location filename="../../ui/deals/model.py" line="20" />
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="21" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="22" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="23" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="41" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="43" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="44" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="45" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="46" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="49" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="54" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="57" />
            <source>Days in stage</source>
            <translation>Дней на этапе</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="63" />
            <source>Expected close</source>
            <translation>Плановое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="67" />
            <source>Created</source>
            <translation>Создана</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/model.py" line="106" />
            <source>Stalled: %n day(s) over the stage's limit</source>
            <translation>
                <numerusform>Зависла: на %n день дольше срока этапа</numerusform>
                <numerusform>Зависла: на %n дня дольше срока этапа</numerusform>
                <numerusform>Зависла: на %n дней дольше срока этапа</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="132" />
            <source>%1 (+%2)</source>
            <translation>%1 (+%2)</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../ui/deals/page.py" line="68" />
            <source>Open</source>
            <translation>Открытые</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="69" />
            <source>Won</source>
            <translation>Успешные</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="70" />
            <source>Lost</source>
            <translation>Проигранные</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="71" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="72" />
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="79" />
            <source>Filter by title, client, phone or e-mail</source>
            <translation>Фильтр по названию, клиенту, телефону или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="82" />
            <source>Move to stage…</source>
            <translation>Перенести на этап…</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="99" />
            <source>No deals match these filters.</source>
            <translation>Нет сделок, подходящих под эти фильтры.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="135" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="159" />
            <source>All pipelines</source>
            <translation>Все воронки</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="165" />
            <source>All owners</source>
            <translation>Все ответственные</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="179" />
            <source>All stages</source>
            <translation>Все этапы</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="207" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln сделка</numerusform>
                <numerusform>%Ln сделки</numerusform>
                <numerusform>%Ln сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="255" />
            <source>Select at most %n deals to move at once</source>
            <translation>
                <numerusform>Можно перенести не больше %n сделки за раз</numerusform>
                <numerusform>Можно перенести не больше %n сделок за раз</numerusform>
                <numerusform>Можно перенести не больше %n сделок за раз</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="300" />
            <source>Open deal</source>
            <translation>Открыть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="302" />
            <source>Move to stage</source>
            <translation>Перенести на этап</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <location filename="../../ui/desktop.py" line="98" />
            <source>Export reminders to calendar</source>
            <translation>Экспорт напоминаний в календарь</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="100" />
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="113" />
            <source>The calendar could not be written to %1: %2</source>
            <translation>Не удалось записать календарь в %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="119" />
            <source>Follow-ups exported to %1</source>
            <translation>Напоминания экспортированы в %1</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="391" />
            <source>Mark done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="412" />
            <source>What came of it? (optional)</source>
            <translation>Чем закончилось? (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="416" />
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="417" />
            <source>Enter: on to the next step · Esc: cancel</source>
            <translation>Enter — к следующему шагу · Esc — отмена</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="425" />
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="432" />
            <source>Also schedule a next step</source>
            <translation>Запланировать следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="439" />
            <source>Enter: schedule it · Esc: finish without a next step</source>
            <translation>Enter — запланировать · Esc — завершить без следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="452" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="453" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="482" />
            <source>This was the last time it repeats.</source>
            <translation>Это было последнее повторение.</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="484" />
            <source>It repeats: the next one is created for %1.</source>
            <translation>Дело повторяется: следующее создано на %1.</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="491" />
            <source>Enter: finish · Esc: finish</source>
            <translation>Enter — завершить · Esc — завершить</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="504" />
            <source>Finish</source>
            <translation>Завершить</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="504" />
            <source>Schedule</source>
            <translation>Запланировать</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="505" />
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="506" />
            <source>Finish without a next step (Esc)</source>
            <translation>Завершить без следующего шага (Esc)</translation>
        </message>
    </context>
    <context>
        <name>DropZoneBar</name>
        <message>
            <location filename="../../ui/board/drop_zones.py" line="96" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/board/drop_zones.py" line="97" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/board/drop_zones.py" line="98" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../funnel/deals.py" line="98" />
            <location filename="../../funnel/deals.py" line="116" />
            <location filename="../../funnel/deals.py" line="120" />
            <source>'{value}' is not an amount of money.</source>
            <translation>«{value}» — не денежная сумма.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="124" />
            <source>An amount cannot be negative (got {value}).</source>
            <translation>Сумма не может быть отрицательной (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="128" />
            <source>'{value}' is too large an amount.</source>
            <translation>«{value}» — слишком большая сумма.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="137" />
            <source>A currency is a three-letter code such as USD, RUB, BRL (got '{currency}').</source>
            <translation>Валюта — это трёхбуквенный код, например USD, RUB, BRL (указано «{currency}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="172" />
            <location filename="../../funnel/deals.py" line="251" />
            <source>A deal needs a title.</source>
            <translation>У сделки должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="182" />
            <source>Stage '{stage}' is not in that pipeline.</source>
            <translation>Этапа «{stage}» нет в этой воронке.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="192" />
            <source>There is no pipeline with id {pipeline_id}, or it has no stages.</source>
            <translation>Воронки с id {pipeline_id} нет, или в ней нет этапов.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="243" />
            <source>Cannot set {fields} here; stage and status changes are moves.</source>
            <translation>Здесь нельзя изменить {fields}: этап и статус меняются переносом сделки.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="129" />
            <source>An activity is a {kinds} or {last_kind} (got '{kind}').</source>
            <translation>Тип дела: {kinds} или {last_kind} (указано «{kind}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="141" />
            <source>An activity needs a subject: what is to be done?</source>
            <translation>У дела должна быть тема: что нужно сделать?</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="145" />
            <source>An activity subject is at most {max_subject} characters.</source>
            <translation>Тема дела — не больше {max_subject} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="154" />
            <source>There is no owner with id {owner_id}.</source>
            <translation>Ответственного с id {owner_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="167" />
            <location filename="../../funnel/activities.py" line="199" />
            <location filename="../../funnel/snooze.py" line="92" />
            <location filename="../../funnel/snooze.py" line="129" />
            <source>There is no activity with id {activity_id}.</source>
            <translation>Дела с id {activity_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="285" />
            <source>An activity's due date must be a date.</source>
            <translation>Срок дела должен быть датой.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="288" />
            <source>An activity belongs to a deal or a client; choose one.</source>
            <translation>Дело относится к сделке или клиенту: выберите одно из двух.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="295" />
            <location filename="../../funnel/cleanup/decisions.py" line="110" />
            <location filename="../../funnel/cleanup/queue.py" line="297" />
            <location filename="../../funnel/cleanup/silent.py" line="145" />
            <location filename="../../funnel/cleanup/silent.py" line="191" />
            <location filename="../../funnel/deals.py" line="150" />
            <location filename="../../funnel/deals.py" line="337" />
            <location filename="../../funnel/moves.py" line="103" />
            <location filename="../../funnel/notes.py" line="55" />
            <location filename="../../funnel/parking.py" line="71" />
            <location filename="../../funnel/parking.py" line="388" />
            <source>There is no deal with id {deal_id}.</source>
            <translation>Сделки с id {deal_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="303" />
            <location filename="../../funnel/activities.py" line="501" />
            <location filename="../../funnel/cleanup/decisions.py" line="489" />
            <location filename="../../funnel/clients.py" line="142" />
            <location filename="../../funnel/deals.py" line="199" />
            <location filename="../../funnel/deals.py" line="262" />
            <location filename="../../funnel/notes.py" line="59" />
            <source>There is no client with id {client_id}.</source>
            <translation>Клиента с id {client_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="395" />
            <source>Activity '{subject}' is already done.</source>
            <translation>Дело «{subject}» уже выполнено.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="430" />
            <location filename="../../funnel/snooze.py" line="134" />
            <source>Activity '{subject}' has changed since; it cannot be undone.</source>
            <translation>Дело «{subject}» с тех пор изменилось; отменить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="506" />
            <source>Client '{client}' has no birthday on file.</source>
            <translation>У клиента «{client}» не указан день рождения.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="69" />
            <source>This review is finished; start next week's to decide again.</source>
            <translation>Эта чистка завершена; чтобы решать снова, начните чистку следующей недели.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="90" />
            <location filename="../../funnel/cleanup/review.py" line="177" />
            <source>There is no review item with id {item_id}.</source>
            <translation>Пункта чистки с id {item_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="100" />
            <source>Deal '{title}' has already been decided in this review.</source>
            <translation>По сделке «{title}» в этой чистке уже принято решение.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="114" />
            <source>Deal '{title}' is {status}; there is nothing to decide.</source>
            <translation>Сделка «{title}» закрыта ({status}); решать нечего.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="182" />
            <source>Schedule the call for today or later (got {day}).</source>
            <translation>Назначьте звонок на сегодня или позже (указано {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="293" />
            <source>A next step is today or later (got {day}).</source>
            <translation>Следующий шаг — сегодня или позже (указано {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="320" />
            <source>Deal '{title}' still misses part of its checklist ({missing}); fix or waive it first.</source>
            <translation>В сделке «{title}» не выполнена часть чек-листа ({missing}); сначала выполните или пропустите эти пункты.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="353" />
            <location filename="../../funnel/deals.py" line="177" />
            <location filename="../../funnel/moves.py" line="112" />
            <location filename="../../funnel/parking.py" line="243" />
            <location filename="../../funnel/pipelines.py" line="73" />
            <source>There is no stage with id {stage_id}.</source>
            <translation>Этапа с id {stage_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="357" />
            <source>'{stage}' is a future-sales stage; park the deal to put it there.</source>
            <translation>«{stage}» — этап будущих продаж; чтобы сделка попала туда, отложите её.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="387" />
            <source>Deal '{title}' has no client to be hot, warm or cold.</source>
            <translation>У сделки «{title}» нет клиента, которому можно задать температуру.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="481" />
            <location filename="../../funnel/cleanup/review.py" line="102" />
            <source>There is no review with id {review_id}.</source>
            <translation>Чистки с id {review_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="497" />
            <source>Client '{name}' is not hot or warm; nothing to cool.</source>
            <translation>Клиент «{name}» не горячий и не тёплый; понижать нечего.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="258" />
            <source>A checklist item is one of {names} (got '{key}').</source>
            <translation>Пункт чек-листа — один из: {names} (указано «{key}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="288" />
            <source>This review is already finished.</source>
            <translation>Эта чистка уже завершена.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/silent.py" line="108" />
            <source>Archive a silent lead after 1 to {max_days} days without a reply (got {days}).</source>
            <translation>Молчащий лид уходит в архив через 1–{max_days} дн. без ответа (указано {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="99" />
            <source>The message needs a subject.</source>
            <translation>У письма должна быть тема.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="101" />
            <source>The message cannot be empty.</source>
            <translation>Письмо не может быть пустым.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="104" />
            <source>The subject is at most {limit} characters.</source>
            <translation>Тема — не больше {limit} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="109" />
            <source>The message is at most {limit} characters.</source>
            <translation>Письмо — не больше {limit} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="116" />
            <source>The subject has an unmatched brace; write a placeholder as {example}, or a brace itself as {{{{ or }}}}.</source>
            <translation>В теме непарная фигурная скобка; подстановку пишите как {example}, а саму скобку — как {{{{ или }}}}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="121" />
            <source>The subject names {name}, which is not one of {names}.</source>
            <translation>В теме есть {name}, а это не одна из подстановок: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="125" />
            <source>The message has an unmatched brace; write a placeholder as {example}, or a brace itself as {{{{ or }}}}.</source>
            <translation>В письме непарная фигурная скобка; подстановку пишите как {example}, а саму скобку — как {{{{ или }}}}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="130" />
            <source>The message names {name}, which is not one of {names}.</source>
            <translation>В письме есть {name}, а это не одна из подстановок: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/silent.py" line="195" />
            <source>Deal '{title}' is {status}; only an open deal is asked.</source>
            <translation>Сделка «{title}» закрыта ({status}); письмо отправляют только по открытой сделке.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/temperature.py" line="75" />
            <source>Propose cooling a client down after 1 to {max_days} quiet days (got {days}).</source>
            <translation>Понижение температуры предлагается через 1–{max_days} дн. тишины (указано {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/client_list.py" line="145" />
            <source>Clients can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Клиентов можно сортировать по: {choices} (указано «{sort_key}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/client_list.py" line="166" />
            <source>Temperature is hot, warm or cold (got '{temperature}').</source>
            <translation>Температура: hot, warm или cold (указано «{temperature}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/client_list.py" line="183" />
            <source>Ask for at most {max_page} clients at a time (got {count}).</source>
            <translation>Запрашивайте не больше {max_page} клиентов за раз (запрошено {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="59" />
            <source>'{phone}' does not look like a phone number.</source>
            <translation>«{phone}» не похоже на номер телефона.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="68" />
            <source>'{email}' is not an e-mail address.</source>
            <translation>«{email}» — не адрес e-mail.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="79" />
            <source>Temperature is hot, warm or cold (got '{value}').</source>
            <translation>Температура: hot, warm или cold (указано «{value}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="97" />
            <source>There is no client with id {referred_by_id} to be the referrer.</source>
            <translation>Клиента с id {referred_by_id}, который мог бы порекомендовать, нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="166" />
            <location filename="../../funnel/clients.py" line="203" />
            <source>A client needs a name.</source>
            <translation>У клиента должно быть имя.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="197" />
            <source>Unknown client field(s): {fields}.</source>
            <translation>Неизвестные поля клиента: {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="218" />
            <source>A client cannot be referred by themselves.</source>
            <translation>Клиент не может порекомендовать сам себя.</translation>
        </message>
        <message>
            <location filename="../../funnel/deal_list.py" line="102" />
            <location filename="../../funnel/deals.py" line="355" />
            <source>Status is one of {choices} (got '{status}').</source>
            <translation>Статус — один из: {choices} (указано «{status}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/deal_list.py" line="109" />
            <source>Deals can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Сделки можно сортировать по: {choices} (указано «{sort_key}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/deal_list.py" line="151" />
            <source>Ask for at most {max_page} deals at a time (got {count}).</source>
            <translation>Запрашивайте не больше {max_page} сделок за раз (запрошено {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="172" />
            <source>Deal '{title}' is already in stage '{stage}'.</source>
            <translation>Сделка «{title}» уже на этапе «{stage}».</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="233" />
            <source>Deal '{title}' is already won.</source>
            <translation>Сделка «{title}» уже успешна.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="234" />
            <source>Deal '{title}' is already lost.</source>
            <translation>Сделка «{title}» уже проиграна.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="235" />
            <source>Deal '{title}' is already archived.</source>
            <translation>Сделка «{title}» уже в архиве.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="290" />
            <source>Say why the deal was lost.</source>
            <translation>Укажите, почему сделка проиграна.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="319" />
            <source>Deal '{title}' is already open.</source>
            <translation>Сделка «{title}» уже открыта.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="344" />
            <source>Deal '{title}' has changed since; it cannot be undone.</source>
            <translation>Сделка «{title}» с тех пор изменилась; отменить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="379" />
            <source>Deal '{title}' has changed since; it cannot be redone.</source>
            <translation>Сделка «{title}» с тех пор изменилась; повторить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="43" />
            <source>A note cannot be empty.</source>
            <translation>Примечание не может быть пустым.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="46" />
            <source>A note is at most {max_body} characters.</source>
            <translation>Примечание — не больше {max_body} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="51" />
            <source>A note belongs to a deal or a client; choose one.</source>
            <translation>Примечание относится к сделке или клиенту: выберите одно из двух.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="74" />
            <source>Ask for the notes of a deal or of a client.</source>
            <translation>Запрашивайте примечания сделки или клиента.</translation>
        </message>
        <message>
            <location filename="../../funnel/owners.py" line="45" />
            <source>An owner needs a name.</source>
            <translation>У ответственного должно быть имя.</translation>
        </message>
        <message>
            <location filename="../../funnel/owners.py" line="48" />
            <source>An owner's name is at most {max_name} characters.</source>
            <translation>Имя ответственного — не больше {max_name} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/owners.py" line="53" />
            <source>There is already an owner named '{name}'.</source>
            <translation>Ответственный «{name}» уже есть.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="48" />
            <source>Deal '{title}' is won; only an open deal is parked.</source>
            <translation>Сделка «{title}» успешна; отложить можно только открытую сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="51" />
            <source>Deal '{title}' is lost; only an open deal is parked.</source>
            <translation>Сделка «{title}» проиграна; отложить можно только открытую сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="54" />
            <source>Deal '{title}' is archived; only an open deal is parked.</source>
            <translation>Сделка «{title}» в архиве; отложить можно только открытую сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="84" />
            <source>Pipeline {future_pipeline_id} is not a future-sales pipeline.</source>
            <translation>Воронка {future_pipeline_id} — не воронка будущих продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="90" />
            <source>There is no future-sales pipeline to park deals in.</source>
            <translation>Нет воронки будущих продаж, куда можно отложить сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="94" />
            <source>Pipeline '{pipeline}' has no stage to park deals in.</source>
            <translation>В воронке «{pipeline}» нет этапа, куда можно отложить сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="103" />
            <source>Say when to call back: in a number of months or on a date (one of the two).</source>
            <translation>Укажите, когда перезвонить: через сколько месяцев или в какую дату (одно из двух).</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="115" />
            <source>Park for 1 to {max_park_months} months (got {months}).</source>
            <translation>Отложить можно на 1–{max_park_months} мес. (указано {months}).</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="125" />
            <source>The return date {until} is not after today ({today}); choose a later date.</source>
            <translation>Дата возврата {until} не позже сегодняшней ({today}); выберите более позднюю дату.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="155" />
            <source>Deal '{title}' is already parked until {return_on}.</source>
            <translation>Сделка «{title}» уже отложена до {return_on}.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="236" />
            <location filename="../../funnel/parking.py" line="391" />
            <source>Deal '{title}' is not parked.</source>
            <translation>Сделка «{title}» не отложена.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="247" />
            <source>'{stage}' is a future-sales stage; choose a stage of a sales pipeline.</source>
            <translation>«{stage}» — этап будущих продаж; выберите этап воронки продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="273" />
            <source>There is no sales pipeline to bring the deal back to.</source>
            <translation>Нет воронки продаж, в которую можно вернуть сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="93" />
            <location filename="../../funnel/pipelines.py" line="123" />
            <source>A pipeline needs a name.</source>
            <translation>У воронки должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="96" />
            <source>Pipeline '{pipeline}' needs at least one stage.</source>
            <translation>В воронке «{pipeline}» должен быть хотя бы один этап.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="104" />
            <source>Every stage of '{pipeline}' needs a name.</source>
            <translation>У каждого этапа воронки «{pipeline}» должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="109" />
            <source>Pipeline '{pipeline}' has two stages named '{name}'.</source>
            <translation>В воронке «{pipeline}» два этапа с названием «{name}».</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="119" />
            <source>Stage '{stage}' cannot be both kept and removed.</source>
            <translation>Этап «{stage}» нельзя одновременно оставить и удалить.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="124" />
            <source>The deals of removed stage '{stage}' must go to a stage that stays.</source>
            <translation>Сделки удаляемого этапа «{stage}» нужно перенести на этап, который останется.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="63" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>Воронки с id {pipeline_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="87" />
            <source>There is no pipeline named '{name}'. Pipelines: {names}.</source>
            <translation>Воронки «{name}» нет. Воронки: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="99" />
            <source>Pipeline '{pipeline}' has no stage named '{name}'. Stages: {names}.</source>
            <translation>В воронке «{pipeline}» нет этапа «{name}». Этапы: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="115" />
            <source>There is no future pipeline.</source>
            <translation>Нет воронки будущих продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="116" />
            <source>There is no sales pipeline.</source>
            <translation>Нет воронки продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="124" />
            <source>A pipeline name is at most 200 characters.</source>
            <translation>Название воронки — не больше 200 символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="127" />
            <source>A stage needs a name.</source>
            <translation>У этапа должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="128" />
            <source>A stage name is at most 200 characters.</source>
            <translation>Название этапа — не больше 200 символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="148" />
            <source>Days before a deal stalls must be a whole number of at least 1 (got {rot_days}).</source>
            <translation>Срок до зависания сделки — целое число дней, не меньше 1 (указано {rot_days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="160" />
            <source>Probability must be between 0 and 100 (got {probability}).</source>
            <translation>Вероятность должна быть от 0 до 100 (указано {probability}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="178" />
            <source>A pipeline kind is 'sales' or 'future' (got '{kind}').</source>
            <translation>Тип воронки: «sales» или «future» (указано «{kind}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="183" />
            <location filename="../../funnel/pipelines.py" line="204" />
            <source>A pipeline named '{name}' already exists.</source>
            <translation>Воронка «{name}» уже есть.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="218" />
            <source>This pipeline already has a stage named '{name}'.</source>
            <translation>В этой воронке уже есть этап «{name}».</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="283" />
            <source>The new order must list every stage of the pipeline once.</source>
            <translation>В новом порядке каждый этап воронки должен быть указан ровно один раз.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="307" />
            <source>'{stage}' is the only stage of '{pipeline}'; keep one.</source>
            <translation>«{stage}» — единственный этап воронки «{pipeline}»; хотя бы один этап должен остаться.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="315" />
            <source>Stage '{stage}' holds {count} deal(s); choose a stage to move them to.</source>
            <translation>На этапе «{stage}» есть сделки ({count}); выберите этап, куда их перенести.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="324" />
            <source>Deals cannot be moved to the stage being removed.</source>
            <translation>Нельзя переносить сделки на удаляемый этап.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="52" />
            <source>A recurrence rule is at most {max_rule_length} characters.</source>
            <translation>Правило повтора — не больше {max_rule_length} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="59" />
            <source>'{shown}' is not a single recurrence rule; write only the RRULE part, such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>«{shown}» — не одно правило повтора; напишите только часть RRULE, например FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="68" />
            <source>'{shown}' is not a recurrence rule: it needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY), such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>«{shown}» — не правило повтора: нужен FREQ (DAILY, WEEKLY, MONTHLY или YEARLY), например FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="80" />
            <source>'{shown}' is not a valid recurrence rule (RFC 5545 RRULE, such as FREQ=WEEKLY;BYDAY=MO): {detail}.</source>
            <translation>«{shown}» — неверное правило повтора (RFC 5545 RRULE, например FREQ=WEEKLY;BYDAY=MO): {detail}.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="90" />
            <source>'{shown}' repeats more often than daily; a follow-up repeats daily, weekly, monthly or yearly.</source>
            <translation>«{shown}» повторяется чаще раза в день; дело может повторяться ежедневно, еженедельно, ежемесячно или ежегодно.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="102" />
            <source>'{shown}' never falls on a date in the five years from {start}.</source>
            <translation>«{shown}» не выпадает ни на одну дату в течение пяти лет с {start}.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="116" />
            <source>'{shown}' is not a valid recurrence rule: BYMONTH must be 1 to 12 (got {value}).</source>
            <translation>«{shown}» — неверное правило повтора: BYMONTH должен быть от 1 до 12 (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="132" />
            <source>'{shown}' is not a valid recurrence rule: {name} must be 1 to {high} (or -1 to -{high} from the end; got {value}).</source>
            <translation>«{shown}» — неверное правило повтора: {name} должен быть от 1 до {high} (или от -1 до -{high} с конца; указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="161" />
            <source>A weekday is 0 (Monday) to 6 (Sunday) (got {weekday}).</source>
            <translation>День недели — от 0 (понедельник) до 6 (воскресенье) (указано {weekday}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="174" />
            <source>A day of the month is 1 to 31 (got {day}).</source>
            <translation>День месяца — от 1 до 31 (указано {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="188" />
            <source>{day}/{month} is not a day of the year.</source>
            <translation>{day}.{month} — такой даты в году нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="65" />
            <source>Snooze to one of {names} (got '{choice}').</source>
            <translation>Отложить можно на: {names} (указано «{choice}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="97" />
            <source>Activity '{subject}' is already done; there is nothing to snooze.</source>
            <translation>Дело «{subject}» уже выполнено; откладывать нечего.</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="105" />
            <source>Snooze to a local time, without a time zone.</source>
            <translation>Откладывайте на местное время, без часового пояса.</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="109" />
            <source>Snooze to a moment later than now ({now_local}); {until} has passed.</source>
            <translation>Откладывайте на время позже текущего ({now_local}); {until} уже прошло.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="91" />
            <location filename="../../ui/imports/pages.py" line="146" />
            <source>Choose a CSV file</source>
            <translation>Выберите файл CSV</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="94" />
            <source>Export your deals from Excel, amoCRM, Kommo, Pipedrive or another CRM as CSV, then choose the file here.</source>
            <translation>Выгрузите сделки из Excel, amoCRM, Kommo, Pipedrive или другой CRM в CSV и выберите файл здесь.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="100" />
            <source>Path to a .csv file</source>
            <translation>Путь к файлу .csv</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="101" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="107" />
            <source>Comma ( , )</source>
            <translation>Запятая ( , )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="108" />
            <source>Semicolon ( ; )</source>
            <translation>Точка с запятой ( ; )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="109" />
            <source>Tab</source>
            <translation>Табуляция</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="119" />
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="120" />
            <source>Encoding:</source>
            <translation>Кодировка:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="121" />
            <source>Delimiter:</source>
            <translation>Разделитель:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="148" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="168" />
            <source>Detected: %1, %2</source>
            <translation>Определено: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/board/filters.py" line="28" />
            <source>All owners</source>
            <translation>Все ответственные</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="32" />
            <source>Any temperature</source>
            <translation>Любая температура</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="33" />
            <source>Hot</source>
            <translation>Горячие</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="34" />
            <source>Warm</source>
            <translation>Тёплые</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="35" />
            <source>Cold</source>
            <translation>Холодные</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="36" />
            <source>Stalled only</source>
            <translation>Только зависшие</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="38" />
            <source>No next step</source>
            <translation>Без следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="42" />
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
    </context>
    <context>
        <name>FollowupSettings</name>
        <message>
            <location filename="../../ui/followup_settings.py" line="45" />
            <source>Follow-ups and reminders</source>
            <translation>Дела и напоминания</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="60" />
            <source>When a follow-up that has a date but no time is reminded of</source>
            <translation>Когда напоминать о деле, у которого есть дата, но нет времени</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="63" />
            <source>Closing the window keeps Funnel running in the tray</source>
            <translation>При закрытии окна Funnel остаётся в трее</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="67" />
            <source>This desktop shows no tray icons.</source>
            <translation>Этот рабочий стол не показывает значки в трее.</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="68" />
            <source>Start Funnel at login, in the tray</source>
            <translation>Запускать Funnel при входе в систему, в трее</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="73" />
            <source>Hand follow-ups overdue by more than</source>
            <translation>Если просрочено больше</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="78" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="94" />
            <source>to</source>
            <translation>передать:</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="97" />
            <source>Both the owner and the backup are told. Off unless checked.</source>
            <translation>Узнают и ответственный, и заместитель. Без отметки не действует.</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="102" />
            <source>Remind of date-only follow-ups at</source>
            <translation>Напоминать о делах без времени в</translation>
        </message>
    </context>
    <context>
        <name>Followups</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="365" />
            <source>d MMMM</source>
            <comment>day and month: 23 November</comment>
            <translation>d MMMM</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="19" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="20" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="21" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="22" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="29" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 23 Feb 2027</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="38" />
            <source>ddd d MMM</source>
            <comment>weekday, day and month: Wed 25 Nov</comment>
            <translation>ddd, d MMM</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="42" />
            <source>ddd d MMM yyyy</source>
            <comment>weekday, day, month and year: Wed 25 Nov 2027</comment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="61" />
            <source>%1, %2</source>
            <comment>day, time</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="69" />
            <source>ddd d MMM yyyy</source>
            <comment>a date box: Wed 25 Nov 2026</comment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>FutureBoard</name>
        <message>
            <location filename="../../ui/board/future.py" line="38" />
            <source>Return overdue</source>
            <translation>Возврат просрочен</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="39" />
            <source>This month</source>
            <translation>В этом месяце</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="40" />
            <source>Next month</source>
            <translation>В следующем месяце</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="41" />
            <source>In 2–3 months</source>
            <translation>Через 2–3 месяца</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="42" />
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="119" />
            <source>before %1</source>
            <translation>до %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="123" />
            <source>from %1</source>
            <translation>с %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="126" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="139" />
            <source>Deals whose return date falls in this range</source>
            <translation>Сделки, дата возврата которых попадает в этот период</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="144" />
            <source>The return date has passed: bring these deals back or park them again</source>
            <translation>Дата возврата прошла: верните эти сделки в воронку или отложите снова</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="164" />
            <source>%1 parked deals</source>
            <translation>Отложенных сделок: %1</translation>
        </message>
    </context>
    <context>
        <name>FutureBuckets</name>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="142" />
            <source>%n return overdue</source>
            <translation>
                <numerusform>%n возврат просрочен</numerusform>
                <numerusform>%n возврата просрочены</numerusform>
                <numerusform>%n возвратов просрочено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="154" />
            <source>Parked deals: %Ln</source>
            <translation>
                <numerusform>Отложенных сделок: %Ln</numerusform>
                <numerusform>Отложенных сделок: %Ln</numerusform>
                <numerusform>Отложенных сделок: %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/imports/wizard.py" line="177" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="182" />
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="200" />
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="208" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="220" />
            <source>Imported %n deal(s).</source>
            <translation>
                <numerusform>Импортирована %n сделка.</numerusform>
                <numerusform>Импортированы %n сделки.</numerusform>
                <numerusform>Импортировано %n сделок.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="222" />
            <source>New clients: %1, new stages: %2, new pipelines: %3.</source>
            <translation>Новых клиентов: %1, новых этапов: %2, новых воронок: %3.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="235" />
            <source>The import was cancelled. Nothing was written.</source>
            <translation>Импорт отменён. Ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="238" />
            <source>The import failed: %1
Nothing was written.</source>
            <translation>Импорт не удался: %1
Ничего не записано.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="43" />
            <source>Deal title</source>
            <translation>Название сделки</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="44" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="45" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="46" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="47" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="48" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="49" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="50" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="51" />
            <source>Created on</source>
            <translation>Дата создания</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="52" />
            <source>In stage since</source>
            <translation>На этапе с</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="53" />
            <source>Closed on</source>
            <translation>Дата закрытия</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="54" />
            <source>Status (won/lost)</source>
            <translation>Статус (успешно/проиграна)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="262" />
            <source>Import deals</source>
            <translation>Импорт сделок</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="20" />
            <source>Mark deal lost</source>
            <translation>Сделка проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="23" />
            <source>Why was “%1” lost?</source>
            <translation>Почему сделка «%1» проиграна?</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="25" />
            <source>Why was the deal lost?</source>
            <translation>Почему сделка проиграна?</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="35" />
            <source>Choose or type a reason</source>
            <translation>Выберите или введите причину</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="42" />
            <source>Mark lost</source>
            <translation>Отметить проигранной</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="98" />
            <location filename="../../ui/main_window.py" line="415" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="132" />
            <source>The database in use</source>
            <translation>Используемая база данных</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="256" />
            <source>Main toolbar</source>
            <translation>Основная панель</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="265" />
            <source>Pipeline:</source>
            <translation>Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="283" />
            <source>Create a deal in this pipeline (Ctrl+N)</source>
            <translation>Создать сделку в этой воронке (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <source>&amp;Import deals…</source>
            <translation>&amp;Импорт сделок…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Резервная копия базы…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="319" />
            <source>&amp;Export reminders to calendar (.ics)…</source>
            <translation>&amp;Экспорт напоминаний в календарь (.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="325" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="328" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="353" />
            <source>&amp;Pipeline</source>
            <translation>Во&amp;ронка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="355" />
            <source>&amp;Edit pipeline…</source>
            <translation>&amp;Изменить воронку…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="358" />
            <source>&amp;New pipeline…</source>
            <translation>&amp;Новая воронка…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="362" />
            <source>&amp;Settings</source>
            <translation>&amp;Настройки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="366" />
            <source>System</source>
            <translation>Системный</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="380" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Параметры…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="385" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="386" />
            <source>&amp;About Funnel</source>
            <translation>&amp;О программе Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="415" />
            <source>%1 is not available in this build.</source>
            <translation>%1: недоступно в этой сборке.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="423" />
            <location filename="../../ui/main_window.py" line="434" />
            <source>The deal card</source>
            <translation>Карточка сделки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="443" />
            <source>The client card</source>
            <translation>Карточка клиента</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="459" />
            <source>The pipeline editor</source>
            <translation>Редактор воронки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="482" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="493" />
            <source>Back up database</source>
            <translation>Резервная копия базы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="494" />
            <source>Funnel databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Базы Funnel (*.sqlite3 *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="503" />
            <source>The backup could not be written to %1: %2</source>
            <translation>Не удалось записать резервную копию в %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="508" />
            <source>Backed up to %1</source>
            <translation>Резервная копия сохранена: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="520" />
            <source>About Funnel</source>
            <translation>О программе Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="522" />
            <source>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;A desktop sales-pipeline manager: deals through the stages of a funnel, stalled leads flagged, no follow-up forgotten.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;Настольная программа для воронки продаж: сделки идут по этапам, зависшие лиды видны сразу, ни одно дело не забыто.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="198" />
            <source>Match columns to fields</source>
            <translation>Сопоставьте столбцы и поля</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="200" />
            <source>Columns Funnel recognises are matched already; check them and set the rest.</source>
            <translation>Знакомые Funnel столбцы уже сопоставлены: проверьте их и задайте остальные.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="218" />
            <source>Import into pipeline:</source>
            <translation>Импортировать в воронку:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="242" />
            <source>(not imported)</source>
            <translation>(не импортировать)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="276" />
            <source>“%1” and “%2” both go to %3; choose one.</source>
            <translation>«%1» и «%2» оба идут в поле «%3»; выберите один.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="283" />
            <source>Choose the column that holds the deal title.</source>
            <translation>Выберите столбец с названием сделки.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
    </context>
    <context>
        <name>MissedModel</name>
        <message>
            <location filename="../../ui/missed_reminders.py" line="49" />
            <source>%1 — %2: %3</source>
            <comment>when — kind: subject</comment>
            <translation>%1 — %2: %3</translation>
        </message>
    </context>
    <context>
        <name>MissedRemindersDialog</name>
        <message>
            <location filename="../../ui/missed_reminders.py" line="69" />
            <source>While Funnel was closed</source>
            <translation>Пока Funnel был закрыт</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/missed_reminders.py" line="71" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дела</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/missed_reminders.py" line="76" />
            <source>They are also in Today. Double-click one to open its deal.</source>
            <translation>Они есть и в разделе «Сегодня». Дважды щёлкните, чтобы открыть сделку.</translation>
        </message>
        <message>
            <location filename="../../ui/missed_reminders.py" line="89" />
            <source>Show Today</source>
            <translation>Показать «Сегодня»</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../../ui/i18n.py" line="114" />
            <source>%1M</source>
            <translation>%1 млн</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="116" />
            <source>%1K</source>
            <translation>%1 тыс.</translation>
        </message>
    </context>
    <context>
        <name>MoveDealsDialog</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="43" />
            <source>Remove stage</source>
            <translation>Удалить этап</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/dialogs.py" line="46" />
            <source>Stage «%1» holds %n deal(s). Where should they go?</source>
            <translation>
                <numerusform>На этапе «%1» %n сделка. Куда её перенести?</numerusform>
                <numerusform>На этапе «%1» %n сделки. Куда их перенести?</numerusform>
                <numerusform>На этапе «%1» %n сделок. Куда их перенести?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="57" />
            <source>Each move is written to the deal's history. Won and lost deals stay closed.</source>
            <translation>Каждый перенос записывается в историю сделки. Успешные и проигранные сделки остаются закрытыми.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="65" />
            <source>Remove and move deals</source>
            <translation>Удалить и перенести сделки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="70" />
            <source>Move them to:</source>
            <translation>Перенести на:</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="142" />
            <source>No notes yet.</source>
            <translation>Примечаний пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="148" />
            <location filename="../../ui/deal_card/notes.py" line="181" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>Напишите примечание… (Ctrl+Enter — добавить)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="151" />
            <source>Add note</source>
            <translation>Добавить примечание</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="183" />
            <source>Save the deal first to add notes.</source>
            <translation>Сначала сохраните сделку, чтобы добавлять примечания.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../ui/deal_card/fields.py" line="69" />
            <source>Not set</source>
            <translation>Не задано</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/fields.py" line="79" />
            <source>Clear the date</source>
            <translation>Очистить дату</translation>
        </message>
    </context>
    <context>
        <name>ParkDialog</name>
        <message>
            <location filename="../../ui/park_dialog.py" line="80" />
            <source>Not ready this month</source>
            <translation>Не готов в этом месяце</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="92" />
            <source>The deal moves to Future sales and comes back to «%1» with a call-back on the day you choose.</source>
            <translation>Сделка уйдёт в «Будущие продажи» и в выбранный день вернётся на этап «%1» с задачей перезвонить.</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="99" />
            <source>Call back</source>
            <translation>Перезвонить</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="109" />
            <source>&amp;1 month</source>
            <translation>&amp;1 месяц</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/park_dialog.py" line="109" />
            <source>&amp;%n months</source>
            <translation>
                <numerusform>&amp;%n месяц</numerusform>
                <numerusform>&amp;%n месяца</numerusform>
                <numerusform>&amp;%n месяцев</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="115" />
            <source>Return on %1</source>
            <translation>Возврат %1</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="119" />
            <source>On a &amp;date</source>
            <translation>В &amp;дату</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="134" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="138" />
            <source>What they said, what to offer then (optional)</source>
            <translation>Что сказал клиент, что предложить потом (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="145" />
            <source>Park</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="187" />
            <source>The return date %1 is not after today (%2); choose a later date.</source>
            <translation>Дата возврата %1 не позже сегодняшней (%2); выберите более позднюю дату.</translation>
        </message>
    </context>
    <context>
        <name>Parking</name>
        <message>
            <location filename="../../ui/park_dialog.py" line="47" />
            <source>Not ready this month…</source>
            <translation>Не готов в этом месяце…</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="229" />
            <source>Call back</source>
            <comment>the activity a parked deal gets on its return date</comment>
            <translation>Перезвонить</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="234" />
            <source>Park deal</source>
            <translation>перенос в будущие продажи</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="243" />
            <source>Bring deal back</source>
            <translation>возврат сделки</translation>
        </message>
    </context>
    <context>
        <name>PipelineEditor</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="57" />
            <source>Edit pipelines</source>
            <translation>Настройка воронок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="72" />
            <source>New pipeline…</source>
            <translation>Новая воронка…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="73" />
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="82" />
            <source>Pipeline:</source>
            <translation>Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="96" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="96" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="100" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="107" />
            <source>Add stage</source>
            <translation>Добавить этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="108" />
            <source>Remove stage…</source>
            <translation>Удалить этап…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="109" />
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="111" />
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="142" />
            <source>Drag stages (or use Move up/down) to change their order. Double-click a cell to edit it. Changes are saved when you press OK.</source>
            <translation>Перетаскивайте этапы (или нажимайте «Выше»/«Ниже»), чтобы изменить порядок. Дважды щёлкните ячейку, чтобы изменить её. Изменения сохраняются по кнопке OK.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="196" />
            <source>New pipeline</source>
            <translation>Новая воронка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="203" />
            <source>Parked</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="203" />
            <source>New lead</source>
            <translation>Новый лид</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="215" />
            <source>Rename pipeline</source>
            <translation>Переименовать воронку</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="245" />
            <source>New stage</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="259" />
            <source>A pipeline keeps at least one stage.</source>
            <translation>В воронке должен остаться хотя бы один этап.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="330" />
            <source>Discard changes</source>
            <translation>Отменить изменения</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="331" />
            <source>Discard the changes to the pipelines?</source>
            <translation>Отменить изменения в воронках?</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="27" />
            <source>Sales: deals being worked on now</source>
            <translation>Продажи: сделки в работе</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="30" />
            <source>Future sales: parked deals waiting to return</source>
            <translation>Будущие продажи: отложенные сделки ждут возврата</translation>
        </message>
    </context>
    <context>
        <name>PipelineNameDialog</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="111" />
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="113" />
            <source>Kind:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="126" />
            <source>A pipeline needs a name.</source>
            <translation>У воронки должно быть название.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="129" />
            <source>A pipeline named «%1» already exists.</source>
            <translation>Воронка «%1» уже есть.</translation>
        </message>
    </context>
    <context>
        <name>PurchasesModel</name>
        <message>
            <location filename="../../ui/clients/history.py" line="87" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="87" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="87" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/notifier.py" line="55" />
            <source>%1 at %2: %3</source>
            <translation>%1 в %2: %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="132" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дела</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="200" />
            <source>Overdue follow-ups handed to the backup owner: %n</source>
            <translation>
                <numerusform>%n просроченное дело передано заместителю</numerusform>
                <numerusform>%n просроченных дела переданы заместителю</numerusform>
                <numerusform>%n просроченных дел передано заместителю</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="224" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="226" />
            <source>%n follow-ups due</source>
            <translation>
                <numerusform>Подошёл срок %n дела</numerusform>
                <numerusform>Подошёл срок %n дел</numerusform>
                <numerusform>Подошёл срок %n дел</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../ui/search_box.py" line="137" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="138" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="149" />
            <source>Search deals and clients (Ctrl+F)</source>
            <translation>Поиск сделок и клиентов (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="197" />
            <source>won</source>
            <translation>успешна</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="198" />
            <source>lost</source>
            <translation>проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="199" />
            <source>archived</source>
            <translation>в архиве</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="26" />
            <source>Preferences</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="30" />
            <source>Count business days only for stalls</source>
            <translation>Считать зависание только по рабочим дням</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="35" />
            <source>Saturdays and Sundays do not age a deal: a deal entered on Friday is one day old on Monday. Public holidays still count.</source>
            <translation>Суббота и воскресенье не считаются: сделка, попавшая на этап в пятницу, в понедельник находится на нём один день. Праздники считаются.</translation>
        </message>
    </context>
    <context>
        <name>SnoozeMenu</name>
        <message>
            <location filename="../../ui/snooze_menu.py" line="41" />
            <source>Snooze</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="44" />
            <source>&amp;Later today</source>
            <translation>&amp;Позже сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="45" />
            <source>&amp;Tomorrow morning</source>
            <translation>&amp;Завтра утром</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="46" />
            <source>Next &amp;Monday</source>
            <translation>В &amp;следующий понедельник</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="47" />
            <source>A &amp;week later</source>
            <translation>Через &amp;неделю</translation>
        </message>
    </context>
    <context>
        <name>StageMenu</name>
        <message>
            <location filename="../../ui/park_dialog.py" line="258" />
            <source>Back to stage</source>
            <translation>Вернуть на этап</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="268" />
            <source>The stage it was parked from</source>
            <translation>Этап, с которого сделку отложили</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="150" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="151" />
            <source>Stalled after</source>
            <translation>Зависает через</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="152" />
            <source>Probability</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="153" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="158" />
            <source>A deal longer than this in the stage is stalled</source>
            <translation>Сделка зависла, если она на этапе дольше этого срока</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="159" />
            <source>The chance a deal in this stage is won</source>
            <translation>Вероятность, что сделка на этом этапе будет успешной</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="160" />
            <source>Deals in the stage now, of any status</source>
            <translation>Сделки на этапе сейчас, с любым статусом</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="174" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="175" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="177" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="215" />
            <source>A stage needs a name.</source>
            <translation>У этапа должно быть название.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="219" />
            <source>This pipeline already has a stage named «%1».</source>
            <translation>В этой воронке уже есть этап «%1».</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="309" />
            <source>Stages and outcomes</source>
            <translation>Этапы и итоги</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="312" />
            <source>New stages are added to the pipeline in the order they first appear in the file, unless you send them to a stage you already have.</source>
            <translation>Новые этапы добавляются в воронку в том порядке, в каком впервые встречаются в файле, если вы не направите их на уже существующий этап.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="328" />
            <source>e.g. Paid, Delivered</source>
            <translation>например: Оплачено, Доставлено</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="331" />
            <source>e.g. Refused, No answer</source>
            <translation>например: Отказ, Не отвечает</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="335" />
            <source>Also means won:</source>
            <translation>Тоже означает «успешно»:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="336" />
            <source>Also means lost:</source>
            <translation>Тоже означает «проиграна»:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="343" />
            <source>Words for won and lost, separated by commas:</source>
            <translation>Слова для «успешно» и «проиграна», через запятую:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="356" />
            <source>Reading the whole file…</source>
            <translation>Чтение всего файла…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="380" />
            <source>Create new stage</source>
            <translation>Создать новый этап</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="383" />
            <source>Put in “%1”</source>
            <translation>На этап «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/pages.py" line="391" />
            <source>%n stage name(s) in the file are new:</source>
            <translation>
                <numerusform>В файле %n новое название этапа:</numerusform>
                <numerusform>В файле %n новых названия этапов:</numerusform>
                <numerusform>В файле %n новых названий этапов:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="394" />
            <source>Every stage in the file already exists.</source>
            <translation>Все этапы из файла уже есть.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="398" />
            <source>Not recognised as won or lost: %1</source>
            <translation>Не распознано как «успешно» или «проиграна»: %1</translation>
        </message>
    </context>
    <context>
        <name>TagsEdit</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="164" />
            <source>vip, wholesale</source>
            <translation>vip, опт</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="65" />
            <source>Created in %1</source>
            <translation>Создана на этапе «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="67" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="70" />
            <source>Lost: %1</source>
            <translation>Проиграна: %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="70" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="73" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="75" />
            <source>Reopened in %1</source>
            <translation>Возвращена в работу на этап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="77" />
            <source>Parked in %1</source>
            <translation>Отложена в «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="79" />
            <source>Back in %1</source>
            <translation>Вернулась на этап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="81" />
            <source>Moved to %1 (%2)</source>
            <translation>Перенесена на «%1» (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="82" />
            <source>Moved to %1</source>
            <translation>Перенесена на «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="88" />
            <source>since today</source>
            <translation>с сегодняшнего дня</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/timeline.py" line="88" />
            <source>%n day(s) so far</source>
            <translation>
                <numerusform>пока %n день</numerusform>
                <numerusform>пока %n дня</numerusform>
                <numerusform>пока %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="89" />
            <source>same day</source>
            <translation>в тот же день</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/timeline.py" line="89" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayDelegate</name>
        <message>
            <location filename="../../ui/today/delegate.py" line="85" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="85" />
            <source>Snooze ▾</source>
            <translation>Отложить ▾</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="87" />
            <location filename="../../ui/today/delegate.py" line="90" />
            <location filename="../../ui/today/delegate.py" line="92" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="90" />
            <source>Back to pipeline</source>
            <translation>Вернуть в воронку</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="92" />
            <source>Add next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="97" />
            <source>Mark done, note the outcome and schedule the next step (D)</source>
            <translation>Выполнить, записать результат и запланировать следующий шаг (D)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="98" />
            <source>Later today, tomorrow morning, next Monday or a week later (S)</source>
            <translation>Позже сегодня, завтра утром, в следующий понедельник или через неделю (S)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="99" />
            <source>Open the deal (Enter)</source>
            <translation>Открыть сделку (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="100" />
            <source>Back to the stage it was parked from (B)</source>
            <translation>Вернуть на этап, с которого сделку отложили (B)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="101" />
            <source>Schedule the next step for this deal (N)</source>
            <translation>Запланировать следующий шаг по сделке (N)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="102" />
            <source>Call</source>
            <translation>Позвонить</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="103" />
            <source>Write an e-mail</source>
            <translation>Написать письмо</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="141" />
            <location filename="../../ui/today/delegate.py" line="337" />
            <source>Any time</source>
            <translation>В любое время</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="281" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="335" />
            <location filename="../../ui/today/delegate.py" line="350" />
            <source>%n d late</source>
            <translation>
                <numerusform>%n дн. назад</numerusform>
                <numerusform>%n дн. назад</numerusform>
                <numerusform>%n дн. назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="342" />
            <source>repeats</source>
            <translation>повторяется</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="353" />
            <source>back to %1</source>
            <translation>возврат на «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="365" />
            <source>no next step</source>
            <translation>нет следующего шага</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="369" />
            <source>+%n d</source>
            <comment>days over the stage's limit</comment>
            <translation>
                <numerusform>+%n дн.</numerusform>
                <numerusform>+%n дн.</numerusform>
                <numerusform>+%n дн.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="370" />
            <source>%n d in stage</source>
            <translation>
                <numerusform>%n дн. на этапе</numerusform>
                <numerusform>%n дн. на этапе</numerusform>
                <numerusform>%n дн. на этапе</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message numerus="yes">
            <location filename="../../ui/today/model.py" line="197" />
            <source>%n more</source>
            <translation>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/today/page.py" line="181" />
            <location filename="../../ui/today/page.py" line="264" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="230" />
            <source>Nothing due, nothing stalled.
A good day to call a client you have not heard from.</source>
            <translation>Срочных дел нет, зависших сделок нет.
Хороший день, чтобы позвонить клиенту, который давно молчит.</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="273" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="274" />
            <source>Due today</source>
            <translation>На сегодня</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="275" />
            <source>Next %n days</source>
            <translation>
                <numerusform>Ближайший %n день</numerusform>
                <numerusform>Ближайшие %n дня</numerusform>
                <numerusform>Ближайшие %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="276" />
            <source>Returning from future sales</source>
            <translation>Возвращаются из будущих продаж</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="277" />
            <source>Stalled deals</source>
            <translation>Зависшие сделки</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="312" />
            <source>dddd, d MMMM</source>
            <comment>the date under Today's title: Monday, 23 November</comment>
            <translation>dddd, d MMMM</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="318" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n просрочено</numerusform>
                <numerusform>%n просрочено</numerusform>
                <numerusform>%n просрочено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="321" />
            <source>%n due today</source>
            <translation>
                <numerusform>%n на сегодня</numerusform>
                <numerusform>%n на сегодня</numerusform>
                <numerusform>%n на сегодня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="323" />
            <source>%n returning</source>
            <translation>
                <numerusform>%n возвращается</numerusform>
                <numerusform>%n возвращаются</numerusform>
                <numerusform>%n возвращаются</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="325" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n зависла</numerusform>
                <numerusform>%n зависли</numerusform>
                <numerusform>%n зависли</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="507" />
            <source>Mark done…</source>
            <translation>Выполнено…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="518" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="521" />
            <source>Back to pipeline</source>
            <translation>Вернуть в воронку</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="523" />
            <source>Back to another stage…</source>
            <translation>Вернуть на другой этап…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="524" />
            <location filename="../../ui/today/page.py" line="526" />
            <source>Add next step…</source>
            <translation>Следующий шаг…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="528" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../ui/tray.py" line="47" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="50" />
            <source>Show Funnel</source>
            <translation>Показать Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="52" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="54" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="83" />
            <source>Funnel is still running</source>
            <translation>Funnel продолжает работать</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="85" />
            <source>Reminders keep coming while Funnel is in the tray. Quit it from the tray menu.</source>
            <translation>Пока Funnel в трее, напоминания продолжают приходить. Выйти можно из меню значка в трее.</translation>
        </message>
    </context>
</TS>

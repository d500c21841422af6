<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AboutStep</name>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="122" />
            <source>Tell Funnel who you are. You can come back to this later from Help › Getting started; skip the step to keep what is shown.</source>
            <translation>Расскажите Funnel о себе. Вернуться сюда можно позже через Справка › Первые шаги; пропустите шаг, чтобы оставить как есть.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="126" />
            <source>How your deals and messages name you</source>
            <translation>Как вас называть в сделках и сообщениях</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="130" />
            <source>Your &amp;name:</source>
            <translation>&amp;Ваше имя:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="131" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="132" />
            <source>Home &amp;currency:</source>
            <translation>Основная &amp;валюта:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="133" />
            <source>&amp;Phone numbers from:</source>
            <translation>&amp;Телефоны из страны:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="134" />
            <source>Weekly &amp;clean-up:</source>
            <translation>Еженедельная &amp;чистка:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="140" />
            <source>New deals and imports are in this currency unless they say otherwise.</source>
            <translation>Новые сделки и импорт — в этой валюте, если не указана другая.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="143" />
            <source>Phone numbers written without a country code are read as this country's.</source>
            <translation>Номера без кода страны считаются номерами этой страны.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="147" />
            <source>Once a week Funnel reminds you to go through every open deal: does the client know they are in your funnel, and are they ready to buy this month?</source>
            <translation>Раз в неделю Funnel напомнит пройтись по всем открытым сделкам: знает ли клиент, что он в вашей воронке, и готов ли купить в этом месяце?</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../ui/operations/deals.py" line="63" />
            <location filename="../../ui/operations/deals.py" line="80" />
            <source>Move deal</source>
            <translation>перенос сделки</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/operations/deals.py" line="83" />
            <source>Move %n deal(s)</source>
            <translation>
                <numerusform>перенос %n сделки</numerusform>
                <numerusform>перенос %n сделок</numerusform>
                <numerusform>перенос %n сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/operations/deals.py" line="98" />
            <source>Assign %n deal(s)</source>
            <translation>
                <numerusform>передачу %n сделки</numerusform>
                <numerusform>передачу %n сделок</numerusform>
                <numerusform>передачу %n сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="115" />
            <source>Mark deal won</source>
            <translation>отметку «Успешно»</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="129" />
            <source>Mark deal lost</source>
            <translation>отметку «Проиграна»</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="135" />
            <source>Archive deal</source>
            <translation>отправку в архив</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="60" />
            <location filename="../../ui/operations/deals.py" line="139" />
            <source>Reopen deal</source>
            <translation>возврат сделки в работу</translation>
        </message>
        <message>
            <location filename="../../ui/operations/clients.py" line="33" />
            <source>Merge clients</source>
            <translation>Объединить клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/operations/rates.py" line="27" />
            <source>Set exchange rate</source>
            <translation>Задать курс валюты</translation>
        </message>
        <message>
            <location filename="../../ui/operations/rates.py" line="39" />
            <source>Remove exchange rate</source>
            <translation>Удалить курс валюты</translation>
        </message>
        <message>
            <location filename="../../ui/operations/reasons.py" line="24" />
            <source>Edit win and lost reasons</source>
            <translation>Изменение причин выигрыша и проигрыша</translation>
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
            <source>cancelled %1</source>
            <translation>отменено %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="91" />
            <source>done %1</source>
            <translation>выполнено %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="98" />
            <source>%1 at %2</source>
            <translation>%1 в %2</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="101" />
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="103" />
            <source>repeats</source>
            <translation>повторяется</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="210" />
            <source>No activities yet: add the next step below.</source>
            <translation>Дел пока нет: добавьте следующий шаг ниже.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="214" />
            <source>Mark done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="219" />
            <source>Snooze ▾</source>
            <translation>Отложить ▾</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="224" />
            <location filename="../../ui/deal_card/activities.py" line="277" />
            <source>Add activity</source>
            <translation>Добавить дело</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="230" />
            <source>What is to be done?</source>
            <translation>Что нужно сделать?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="234" />
            <source>at</source>
            <translation>в</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="238" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="279" />
            <source>Save the deal first to add activities</source>
            <translation>Сначала сохраните сделку, чтобы добавлять дела</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../ui/operations/activities.py" line="84" />
            <source>Mark activity done</source>
            <translation>отметку дела «Выполнено»</translation>
        </message>
        <message>
            <location filename="../../ui/operations/activities.py" line="112" />
            <source>Snooze activity</source>
            <translation>перенос дела</translation>
        </message>
        <message>
            <location filename="../../ui/operations/activities.py" line="56" />
            <source>Add activity</source>
            <translation>добавление дела</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="78" />
            <source>Edit activity</source>
            <translation>Изменить дело</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="78" />
            <source>New activity</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="95" />
            <source>An RFC 5545 recurrence rule, as calendars write it, e.g. FREQ=WEEKLY;BYDAY=MO</source>
            <translation>Правило повтора RFC 5545, как в календарях, например FREQ=WEEKLY;BYDAY=MO</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="97" />
            <source>Repeat</source>
            <translation>Повтор</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="101" />
            <source>Notes (optional)</source>
            <translation>Примечания (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="104" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="179" />
            <source>Does not repeat</source>
            <translation>Не повторяется</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="180" />
            <source>Every week on %1</source>
            <translation>Каждую неделю: %1</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="181" />
            <source>Every month on day %1</source>
            <translation>Каждый месяц %1-го числа</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="182" />
            <source>Every year on %1</source>
            <translation>Каждый год %1</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="188" />
            <source>Every year on the client's birthday (%1)</source>
            <translation>Каждый год в день рождения клиента (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="193" />
            <source>Custom rule…</source>
            <translation>Своё правило…</translation>
        </message>
    </context>
    <context>
        <name>ActivityFields</name>
        <message>
            <location filename="../../ui/followups/fields.py" line="56" />
            <source>What is to be done?</source>
            <translation>Что нужно сделать?</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="61" />
            <source>at</source>
            <translation>в</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="77" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="78" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="79" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
    </context>
    <context>
        <name>AddMemberDialog</name>
        <message>
            <location filename="../../ui/team/dialog.py" line="100" />
            <source>Add a salesperson</source>
            <translation>Добавить продавца</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="103" />
            <source>e.g. boris</source>
            <translation>например, boris</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="109" />
            <source>Salesperson — own and shared deals</source>
            <translation>Продавец — свои и общие сделки</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="110" />
            <source>Manager — everything, and the team</source>
            <translation>Руководитель — всё, включая команду</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="117" />
            <source>Name:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="118" />
            <source>Login:</source>
            <translation>Логин:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="119" />
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="120" />
            <source>Password again:</source>
            <translation>Пароль ещё раз:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="121" />
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="126" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="141" />
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="145" />
            <source>Add team member</source>
            <translation>Добавление участника команды</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="93" />
            <source>%1 already exists. A new file needs a name not in use.</source>
            <translation>%1 уже существует. Для нового файла нужно свободное имя.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="201" />
            <location filename="../../ui/app.py" line="237" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="241" />
            <source>Check the network, or ask whoever runs the team server whether it is up.</source>
            <translation>Проверьте сеть или спросите того, кто отвечает за командный сервер, работает ли он.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="246" />
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="249" />
            <source>Open a local file instead</source>
            <translation>Открыть локальный файл</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="252" />
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="143" />
            <source>Archive deal</source>
            <translation>Архивировать сделку</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="146" />
            <source>Archive “%1”?</source>
            <translation>Архивировать «%1»?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/lost_reason_dialog.py" line="148" />
            <source>Archive %n deal(s)?</source>
            <translation>
                <numerusform>Архивировать %n сделку?</numerusform>
                <numerusform>Архивировать %n сделки?</numerusform>
                <numerusform>Архивировать %n сделок?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="156" />
            <source>Archive</source>
            <translation>Архивировать</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../ui/deals/assign_dialog.py" line="50" />
            <source>Assign to</source>
            <translation>Передать сделки</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/assign_dialog.py" line="52" />
            <source>Give %n selected deal(s) to:</source>
            <translation>
                <numerusform>Кому передать %n выбранную сделку:</numerusform>
                <numerusform>Кому передать %n выбранные сделки:</numerusform>
                <numerusform>Кому передать %n выбранных сделок:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/assign_dialog.py" line="63" />
            <source>Their open follow-ups go with them, and the new owner is told.</source>
            <translation>Открытые дела перейдут вместе со сделками, а новый ответственный получит уведомление.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/assign_dialog.py" line="71" />
            <source>Assign</source>
            <translation>Передать</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../ui/backup.py" line="37" />
            <location filename="../../ui/backup.py" line="74" />
            <source>Back up database</source>
            <translation>Резервная копия базы</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="39" />
            <source>Funnel databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Базы Funnel (*.sqlite3 *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="49" />
            <source>Backup cancelled; nothing was written.</source>
            <translation>Резервное копирование отменено; ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="55" />
            <source>The backup could not be written to %1: %2</source>
            <translation>Не удалось записать резервную копию в %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="60" />
            <source>Backed up to %1</source>
            <translation>Резервная копия сохранена в %1</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="67" />
            <source>Copying what you can see from the team server…</source>
            <translation>Копирование доступных вам данных с командного сервера…</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="68" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="94" />
            <source>Backed up %n deal(s) you can see to %1.</source>
            <translation>
                <numerusform>Сохранена %n доступная вам сделка в %1.</numerusform>
                <numerusform>Сохранены %n доступные вам сделки в %1.</numerusform>
                <numerusform>Сохранено %n доступных вам сделок в %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="114" />
            <source>%n deal(s) refer to clients you cannot see; they are kept without the client's details.</source>
            <translation>
                <numerusform>%n сделка ссылается на клиента, которого вы не видите; она сохранена без данных клиента.</numerusform>
                <numerusform>%n сделки ссылаются на клиентов, которых вы не видите; они сохранены без данных клиентов.</numerusform>
                <numerusform>%n сделок ссылаются на клиентов, которых вы не видите; они сохранены без данных клиентов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="123" />
            <source>%n other record(s) refer to records you cannot see; they are kept without those details.</source>
            <translation>
                <numerusform>Ещё %n запись ссылается на записи, которые вы не видите; она сохранена без этих данных.</numerusform>
                <numerusform>Ещё %n записи ссылаются на записи, которые вы не видите; они сохранены без этих данных.</numerusform>
                <numerusform>Ещё %n записей ссылаются на записи, которые вы не видите; они сохранены без этих данных.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardEmpty</name>
        <message>
            <location filename="../../ui/board/empty.py" line="21" />
            <source>No deals in this pipeline yet</source>
            <translation>В этой воронке пока нет сделок</translation>
        </message>
        <message>
            <location filename="../../ui/board/empty.py" line="22" />
            <source>Add your first deal (Ctrl+N) or import from a spreadsheet or another CRM. Each column is a stage: drag a card along as the deal moves.</source>
            <translation>Добавьте первую сделку (Ctrl+N) или импортируйте из таблицы или другой CRM. Каждая колонка — этап: перетаскивайте карточку по мере движения сделки.</translation>
        </message>
        <message>
            <location filename="../../ui/board/empty.py" line="30" />
            <source>Add a deal</source>
            <translation>Добавить сделку</translation>
        </message>
        <message>
            <location filename="../../ui/board/empty.py" line="35" />
            <source>Import from a file…</source>
            <translation>Импорт из файла…</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../ui/board/page.py" line="95" />
            <source>This pipeline has no stages yet.</source>
            <translation>В этой воронке пока нет этапов.</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="141" />
            <source>Board</source>
            <translation>Доска</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="165" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="169" />
            <source>Move to next stage</source>
            <translation>На следующий этап</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="172" />
            <source>Move to previous stage</source>
            <translation>На предыдущий этап</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="174" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="175" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="177" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="181" />
            <source>Back to pipeline</source>
            <translation>Вернуть в воронку</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="331" />
            <source>Showing %1 of %2 deals</source>
            <translation>Показано сделок: %1 из %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="341" />
            <source>%1 deals · %2 · weighted %3</source>
            <translation>Сделок: %1 · %2 · прогноз %3</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="472" />
            <source>Move to</source>
            <translation>Перенести на этап</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="487" />
            <source>Assign to…</source>
            <translation>Передать…</translation>
        </message>
        <message>
            <location filename="../../ui/board/undo_feedback.py" line="70" />
            <source>%1: “%2”</source>
            <translation>%1: «%2»</translation>
        </message>
    </context>
    <context>
        <name>CampaignActions</name>
        <message>
            <location filename="../../ui/operations/campaigns.py" line="29" />
            <source>Create campaign</source>
            <translation>Создать кампанию</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="61" />
            <source>New campaign</source>
            <translation>Новая кампания</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/campaign_dialog.py" line="64" />
            <location filename="../../ui/customers/campaign_dialog.py" line="72" />
            <source>%1 · %Ln client(s)</source>
            <translation>
                <numerusform>%1 · %Ln клиент</numerusform>
                <numerusform>%1 · %Ln клиента</numerusform>
                <numerusform>%1 · %Ln клиентов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="77" />
            <source>e.g. a second purchase within a month</source>
            <translation>например, повторная покупка в течение месяца</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="80" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="81" />
            <source>Mailing (export or mailto:)</source>
            <translation>Рассылка (выгрузка или mailto:)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="82" />
            <source>Birthday greetings (yearly)</source>
            <translation>Поздравления с днём рождения (ежегодно)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="92" />
            <source>Hello {first_name}! Your last purchase was on {last_purchase}…</source>
            <translation>Здравствуйте, {first_name}! Ваша последняя покупка была {last_purchase}…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="99" />
            <source>Each client's owner</source>
            <translation>Ответственный за клиента</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="100" />
            <source>The owners ticked below, in turn</source>
            <translation>Отмеченные ниже по очереди</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="113" />
            <source> a day per owner</source>
            <translation> в день на менеджера</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="118" />
            <source> business days</source>
            <translation> рабочих дней</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="126" />
            <source>Once</source>
            <translation>Один раз</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="126" />
            <source>Every week</source>
            <translation>Каждую неделю</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="126" />
            <source>Every month</source>
            <translation>Каждый месяц</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="127" />
            <source>Every 3 months</source>
            <translation>Каждые 3 месяца</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="134" />
            <source> days after the contact</source>
            <translation> дней после контакта</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="139" />
            <source> % of the clients, not contacted</source>
            <translation> % клиентов, без контакта</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="142" />
            <source>Chosen at random and left alone: the result compares how many of them bought with how many of the contacted did.</source>
            <translation>Выбираются случайно, и с ними не связываются: результат сравнивает, сколько из них купили, с тем, сколько купили те, с кем связались.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="148" />
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="149" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="150" />
            <source>Goal</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="151" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="152" />
            <source>Script or message</source>
            <translation>Сценарий или сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="153" />
            <source>Calls go to</source>
            <translation>Кто звонит</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="155" />
            <source>At most</source>
            <translation>Не больше</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="156" />
            <source>Spread over</source>
            <translation>Распределить на</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="157" />
            <source>Starting</source>
            <translation>Начиная с</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="158" />
            <source>Repeat (rebuilds the list)</source>
            <translation>Повторять (список собирается заново)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="159" />
            <source>Count purchases within</source>
            <translation>Учитывать покупки в течение</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="160" />
            <source>Hold out for comparison</source>
            <translation>Контрольная группа</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="169" />
            <source>Create campaign</source>
            <translation>Создать кампанию</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="187" />
            <source>Clients matching “%1”</source>
            <translation>Клиенты по запросу «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="188" />
            <source>Every client in the list</source>
            <translation>Все клиенты списка</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="190" />
            <source>The selected clients</source>
            <translation>Выбранные клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="192" />
            <source>Tag: %1</source>
            <translation>Тег: %1</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="194" />
            <source>Source: %1</source>
            <translation>Источник: %1</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="195" />
            <source>Clients with a birthday</source>
            <translation>Клиенты с днём рождения</translation>
        </message>
    </context>
    <context>
        <name>CampaignOutcome</name>
        <message>
            <location filename="../../ui/customers/outcome.py" line="15" />
            <source>Talked, no decision yet</source>
            <translation>Поговорили, решения пока нет</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="16" />
            <source>No answer</source>
            <translation>Не ответил</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="17" />
            <source>Refused</source>
            <translation>Отказался</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="18" />
            <source>Bought</source>
            <translation>Купил</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="31" />
            <source>Campaign “%1”</source>
            <translation>Кампания «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="33" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="50" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="51" />
            <source>Mailing</source>
            <translation>Рассылка</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="52" />
            <source>Birthday greetings</source>
            <translation>Поздравления с днём рождения</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="121" />
            <source>To contact</source>
            <translation>Ещё не связались</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="139" />
            <source>Export recipients…</source>
            <translation>Выгрузить получателей…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="140" />
            <source>Write with mailto:</source>
            <translation>Написать через mailto:</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="141" />
            <source>Build due rounds</source>
            <translation>Собрать очередные круги</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="142" />
            <location filename="../../ui/customers/campaigns_view.py" line="307" />
            <source>Delete campaign</source>
            <translation>Удалить кампанию</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="157" />
            <source>No campaigns yet. Click a matrix cell, a class or the lost list to start one.</source>
            <translation>Кампаний пока нет. Нажмите на ячейку матрицы, класс или список потерянных, чтобы начать.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="217" />
            <source>started %1</source>
            <translation>начата %1</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="220" />
            <source>round %1, next on %2</source>
            <translation>круг %1, следующий %2</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="242" />
            <source>Bought within %1 days after the contact: %2 of %3 contacted (%4), %5. Held out and not contacted (%9): %6 of %7 bought (%8).</source>
            <translation>Купили в течение %1 дней после контакта: %2 из %3 (%4), %5. Контрольная группа без контакта (%9): купили %6 из %7 (%8).</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="250" />
            <source>Groups this small can differ by chance.</source>
            <translation>В таких маленьких группах разница может быть случайной.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="253" />
            <source>Bought within %1 days after the contact: %2 of %3 contacted (%4), %5. Without contact the same clients bought at %6 (%7 of %8).</source>
            <translation>Купили в течение %1 дней после контакта: %2 из %3 (%4), %5. Без контакта такие же клиенты покупали в %6 случаев (%7 из %8).</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="271" />
            <source>Export recipients</source>
            <translation>Выгрузка получателей</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="272" />
            <source>CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="298" />
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/campaigns_view.py" line="298" />
            <source>%n round(s) built.</source>
            <translation>
                <numerusform>Собран %n круг.</numerusform>
                <numerusform>Собрано %n круга.</numerusform>
                <numerusform>Собрано %n кругов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="308" />
            <source>Delete “%1” and the calls not made yet? Calls already made stay.</source>
            <translation>Удалить «%1» и ещё не сделанные звонки? Сделанные звонки останутся.</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../ui/board/delegate.py" line="41" />
            <source>Hot</source>
            <translation>Горячий</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="42" />
            <source>Warm</source>
            <translation>Тёплый</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="43" />
            <source>Cold</source>
            <translation>Холодный</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="80" />
            <source>No next step</source>
            <translation>Нет следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="84" />
            <source>%1 · %2</source>
            <comment>next step: when · what</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="178" />
            <source>No client</source>
            <translation>Без клиента</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="185" />
            <source>%n d</source>
            <comment>days in the stage</comment>
            <translation>
                <numerusform>%n дн.</numerusform>
                <numerusform>%n дн.</numerusform>
                <numerusform>%n дн.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="187" />
            <source>back %1</source>
            <comment>a parked deal's return date</comment>
            <translation>возврат %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="191" />
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
            <location filename="../../ui/deal_card/header.py" line="97" />
            <source>Stalled: %n day(s) over</source>
            <translation>
                <numerusform>Зависла: на %n день дольше</numerusform>
                <numerusform>Зависла: на %n дня дольше</numerusform>
                <numerusform>Зависла: на %n дней дольше</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="112" />
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/imports/wizard.py" line="58" />
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="59" />
            <source>Nothing has been written yet.</source>
            <translation>Пока ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="61" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="72" />
            <source>Skip these rows and import the others</source>
            <translation>Пропустить эти строки и импортировать остальные</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="90" />
            <source>Checking every row…</source>
            <translation>Проверка всех строк…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="115" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n строку нельзя импортировать:</numerusform>
                <numerusform>%n строки нельзя импортировать:</numerusform>
                <numerusform>%n строк нельзя импортировать:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="119" />
            <source>Line %1: %2</source>
            <translation>Строка %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="136" />
            <source>%n deal(s) will be imported into “%1”.</source>
            <translation>
                <numerusform>%n сделка будет импортирована в «%1».</numerusform>
                <numerusform>%n сделки будут импортированы в «%1».</numerusform>
                <numerusform>%n сделок будут импортированы в «%1».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="141" />
            <source>open</source>
            <translation>открытых</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="142" />
            <source>won</source>
            <translation>успешных</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="143" />
            <source>lost</source>
            <translation>проигранных</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="144" />
            <source>deleted</source>
            <translation>удалённых</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="147" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="154" />
            <source>Values without a currency are in %1.</source>
            <translation>Значения без валюты — в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="157" />
            <source>New clients: %1; matched to existing clients: %2</source>
            <translation>Новых клиентов: %1; найдено среди существующих: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="171" />
            <source>Dates such as 03/04/2026 were read month first (4 March), as your language writes them; the file could be read either way.</source>
            <translation>Даты вида 03/04/2026 прочитаны как «месяц/день» (4 марта), как принято в вашем языке: по файлу нельзя понять, как их читать.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="174" />
            <source>Dates such as 03/04/2026 were read day first (3 April), as your language writes them; the file could be read either way.</source>
            <translation>Даты вида 03/04/2026 прочитаны как «день/месяц» (3 апреля), как принято в вашем языке: по файлу нельзя понять, как их читать.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="164" />
            <source>New stages: %1</source>
            <translation>Новых этапов: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="166" />
            <source>New pipelines: %1</source>
            <translation>Новых воронок: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="168" />
            <source>New owners: %1</source>
            <translation>Новых ответственных: %1</translation>
        </message>
    </context>
    <context>
        <name>ClassAMarks</name>
        <message>
            <location filename="../../ui/customers/marks.py" line="61" />
            <source>Class A: among the clients who bring 80% of revenue</source>
            <translation>Класс A: среди клиентов, приносящих 80% выручки</translation>
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
            <location filename="../../ui/cleanup/decision_panel.py" line="48" />
            <source>1. Does the client know they are in your funnel?</source>
            <translation>1. Клиент знает, что он у вас в воронке?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="53" />
            <source>If not: call and offer, or let the deal go.</source>
            <translation>Если нет: позвоните и предложите или отпустите сделку.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="56" />
            <source>Call today</source>
            <translation>Позвонить сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="57" />
            <source>Call tomorrow</source>
            <translation>Позвонить завтра</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="28" />
            <source>“%1” is a hot deal with a meeting booked on %2. Archive it anyway?</source>
            <translation>«%1» — горячая сделка, на %2 назначена встреча. Всё равно отправить в архив?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="32" />
            <source>“%1” has a meeting booked on %2. Archive it anyway?</source>
            <translation>По «%1» на %2 назначена встреча. Всё равно отправить в архив?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="36" />
            <source>“%1” is a hot deal. Archive it anyway?</source>
            <translation>«%1» — горячая сделка. Всё равно отправить в архив?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="56" />
            <source>Archive this deal?</source>
            <translation>Отправить сделку в архив?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="62" />
            <location filename="../../ui/cleanup/decision_panel.py" line="58" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="66" />
            <source>Keep the deal</source>
            <translation>Оставить сделку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="92" />
            <source>Archive “%1”?</source>
            <translation>Архивировать «%1»?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="61" />
            <source>2. Are they ready to buy this month?</source>
            <translation>2. Готов купить в этом месяце?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="64" />
            <source>If not: park the deal in Future sales with a call back.</source>
            <translation>Если нет: отложите сделку в «Будущие продажи» с напоминанием перезвонить.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="69" />
            <source>1 month</source>
            <translation>1 месяц</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="70" />
            <source>3 months</source>
            <translation>3 месяца</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="71" />
            <source>6 months</source>
            <translation>6 месяцев</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="72" />
            <source>Until…</source>
            <translation>До даты…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="74" />
            <source>Other decisions</source>
            <translation>Другие решения</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="81" />
            <location filename="../../ui/cleanup/facts.py" line="211" />
            <source>Next step…</source>
            <translation>Следующий шаг…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="82" />
            <location filename="../../ui/cleanup/decision_panel.py" line="151" />
            <source>Move to stage…</source>
            <translation>Перенести на этап…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="83" />
            <source>Temperature…</source>
            <translation>Температура…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="84" />
            <location filename="../../ui/cleanup/history.py" line="64" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="85" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="86" />
            <source>Silent lead…</source>
            <translation>Лид молчит…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="87" />
            <source>Skip this week</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="96" />
            <source>Next deal</source>
            <translation>Следующая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="144" />
            <source>Fix or waive the unticked checklist items to move on.</source>
            <translation>Чтобы продолжить, выполните или пропустите неотмеченные пункты.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="149" />
            <source>Bring back to…</source>
            <translation>Вернуть на этап…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="79" />
            <location filename="../../ui/cleanup/facts.py" line="185" />
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="81" />
            <source>Set next step</source>
            <translation>Задать следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="87" />
            <location filename="../../ui/cleanup/review_decisions.py" line="72" />
            <location filename="../../ui/cleanup/text.py" line="19" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="92" />
            <source>At</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="102" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="103" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="98" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="86" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="104" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="134" />
            <source>Park until a date</source>
            <translation>Отложить до даты</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="136" />
            <source>Park</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="138" />
            <source>Call the client back on:</source>
            <translation>Перезвонить клиенту:</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="162" />
            <source>Move</source>
            <translation>Перенести</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="171" />
            <source>%1 (now)</source>
            <translation>%1 (сейчас)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="207" />
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="209" />
            <source>Set</source>
            <translation>Задать</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="216" />
            <source>Not set</source>
            <translation>Не задано</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="237" />
            <source>Log a contact</source>
            <translation>Записать контакт</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="239" />
            <source>Log</source>
            <translation>Записать</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="247" />
            <source>What was said, what was agreed</source>
            <translation>Что обсудили, о чём договорились</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="251" />
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="252" />
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="271" />
            <source>Fill in the deal</source>
            <translation>Заполнить сделку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="273" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="277" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="282" />
            <location filename="../../ui/cleanup/facts.py" line="182" />
            <location filename="../../ui/cleanup/summary_view.py" line="108" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="283" />
            <location filename="../../ui/cleanup/facts.py" line="183" />
            <source>Expected close</source>
            <translation>Плановое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="306" />
            <source>Add a note</source>
            <translation>Добавить примечание</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="308" />
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
            <location filename="../../ui/cleanup/facts.py" line="116" />
            <source>waived for this review</source>
            <translation>пропущено в этой чистке</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="163" />
            <source>Cool down</source>
            <translation>Понизить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="165" />
            <source>Keep as is</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="181" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="184" />
            <source>Last contact</source>
            <translation>Последний контакт</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="186" />
            <source>Latest notes</source>
            <translation>Последние примечания</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="201" />
            <source>Checklist</source>
            <translation>Чек-лист</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="205" />
            <source>Add note…</source>
            <translation>Примечание…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="208" />
            <source>Log contact…</source>
            <translation>Записать контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="214" />
            <source>Fill in…</source>
            <translation>Заполнить…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="249" />
            <source>No client</source>
            <translation>Без клиента</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="253" />
            <source>Owner: %1</source>
            <translation>Ответственный: %1</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="265" />
            <source>Parked in %1 until %2; returns to %3</source>
            <translation>Отложена в «%1» до %2; вернётся на этап «%3»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="272" />
            <source>%1 · %n day(s) in stage</source>
            <translation>
                <numerusform>%1 · %n день на этапе</numerusform>
                <numerusform>%1 · %n дня на этапе</numerusform>
                <numerusform>%1 · %n дней на этапе</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="276" />
            <source>(stalls after %n day(s))</source>
            <translation>
                <numerusform>(зависает через %n день)</numerusform>
                <numerusform>(зависает через %n дня)</numerusform>
                <numerusform>(зависает через %n дней)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="284" />
            <location filename="../../ui/cleanup/facts.py" line="288" />
            <source>Not filled in</source>
            <translation>Не заполнено</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="297" />
            <location filename="../../ui/cleanup/facts.py" line="391" />
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="325" />
            <source>No reply to the notice: archive?</source>
            <translation>Нет ответа на письмо: в архив?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="329" />
            <source>Replied after the notice</source>
            <translation>Ответил после письма</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="333" />
            <source>Notice sent, waiting for a reply</source>
            <translation>Письмо отправлено, ждём ответа</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="351" />
            <source>%1 → %2? No purchase and no activity for %n day(s) or more.</source>
            <translation>
                <numerusform>%1 → %2? Ни покупок, ни дел уже %n день и больше.</numerusform>
                <numerusform>%1 → %2? Ни покупок, ни дел уже %n дня и больше.</numerusform>
                <numerusform>%1 → %2? Ни покупок, ни дел уже %n дней и больше.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="370" />
            <source>None logged</source>
            <translation>Не записано</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="373" />
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="386" />
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
            <location filename="../../ui/cleanup/history.py" line="95" />
            <source>Skipped</source>
            <translation>Пропущена</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="97" />
            <source>Due this week</source>
            <translation>На этой неделе</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="108" />
            <source>%1 · partial (%2 of %3)</source>
            <translation>%1 · частично (%2 из %3)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="28" />
            <location filename="../../ui/cleanup/review_view.py" line="68" />
            <source>Weekly clean-up</source>
            <translation>Еженедельная чистка воронки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="34" />
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="56" />
            <location filename="../../ui/cleanup/home.py" line="171" />
            <source>Start review</source>
            <translation>Начать чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="67" />
            <source>Every open deal, stalled ones first: does the client know they are in your funnel, and are they ready to buy this month? Each deal leaves with a decision and a next step.</source>
            <translation>Все открытые сделки, сначала зависшие: знает ли клиент, что он в вашей воронке, и готов ли купить в этом месяце? По каждой сделке — решение и следующий шаг.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="91" />
            <source>Past weeks</source>
            <translation>Прошлые недели</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="102" />
            <source>No clean-up yet: the first one starts the history.</source>
            <translation>Чисток ещё не было: первая начнёт историю.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="129" />
            <source>Reminder every %1 at %2</source>
            <translation>Напоминание: %1, в %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="136" />
            <source>Under way: %1 of %2 deals decided</source>
            <translation>Идёт чистка: решено сделок — %1 из %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="142" />
            <source>Pick up where you left off.</source>
            <translation>Продолжите с того места, где остановились.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="144" />
            <source>Resume review</source>
            <translation>Продолжить чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="148" />
            <source>This week's clean-up is due</source>
            <translation>Пора провести чистку этой недели</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="153" />
            <source>Done for this week. Next clean-up: %1, %2</source>
            <translation>На этой неделе готово. Следующая чистка: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="162" />
            <source>Next clean-up: %1, %2</source>
            <translation>Следующая чистка: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="169" />
            <source>Review again</source>
            <translation>Пройти ещё раз</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="175" />
            <source>%n week(s) skipped before this one.</source>
            <translation>
                <numerusform>Перед этой пропущена %n неделя.</numerusform>
                <numerusform>Перед этой пропущены %n недели.</numerusform>
                <numerusform>Перед этой пропущено %n недель.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="187" />
            <source>Streak: %n week(s) in a row</source>
            <translation>
                <numerusform>Серия: %n неделя подряд</numerusform>
                <numerusform>Серия: %n недели подряд</numerusform>
                <numerusform>Серия: %n недель подряд</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="196" />
            <source>No open deals to review.</source>
            <translation>Открытых сделок для разбора нет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="197" />
            <source>%n open deal(s) to review</source>
            <translation>
                <numerusform>%n открытая сделка к разбору</numerusform>
                <numerusform>%n открытые сделки к разбору</numerusform>
                <numerusform>%n открытых сделок к разбору</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="200" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n зависла</numerusform>
                <numerusform>%n зависли</numerusform>
                <numerusform>%n зависли</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="203" />
            <source>%n without a next step</source>
            <translation>
                <numerusform>%n без следующего шага</numerusform>
                <numerusform>%n без следующего шага</numerusform>
                <numerusform>%n без следующего шага</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="207" />
            <source>%n back from Future sales</source>
            <translation>
                <numerusform>%n вернулась из будущих продаж</numerusform>
                <numerusform>%n вернулись из будущих продаж</numerusform>
                <numerusform>%n вернулись из будущих продаж</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="77" />
            <source>Clean-up</source>
            <translation>Чистка воронки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="95" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="163" />
            <location filename="../../ui/firststart/assistant.py" line="175" />
            <source>Weekly pipeline clean-up</source>
            <translation>Еженедельная чистка воронки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="77" />
            <source>Open deal</source>
            <translation>Открыть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="79" />
            <source>Leave</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="82" />
            <source>Finish review</source>
            <translation>Завершить чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="180" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/review_view.py" line="396" />
            <source>%n deal(s) are still to decide. Finished now, the review is partial and this week's clean-up stays due (K skips a deal on purpose). Finish anyway?</source>
            <translation>
                <numerusform>Осталась %n нерешённая сделка. Если завершить сейчас, разбор будет частичным, а разбор этой недели останется к выполнению (K пропускает сделку намеренно). Всё равно завершить?</numerusform>
                <numerusform>Остались %n нерешённые сделки. Если завершить сейчас, разбор будет частичным, а разбор этой недели останется к выполнению (K пропускает сделку намеренно). Всё равно завершить?</numerusform>
                <numerusform>Осталось %n нерешённых сделок. Если завершить сейчас, разбор будет частичным, а разбор этой недели останется к выполнению (K пропускает сделку намеренно). Всё равно завершить?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="80" />
            <source>Call back</source>
            <translation>Перезвонить</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="97" />
            <source>Bring the deal back</source>
            <translation>Вернуть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="99" />
            <source>Move to stage</source>
            <translation>Перенести на этап</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="143" />
            <source>Call today set for “%1”.</source>
            <translation>Звонок по «%1» назначен на сегодня.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="148" />
            <source>Call tomorrow set for “%1”.</source>
            <translation>Звонок по «%1» назначен на завтра.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="153" />
            <source>Archived “%1”.</source>
            <translation>«%1» отправлена в архив.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="160" />
            <source>Parked “%1” for a month.</source>
            <translation>«%1» отложена на месяц.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="166" />
            <source>Parked “%1” for 3 months.</source>
            <translation>«%1» отложена на 3 месяца.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="172" />
            <source>Parked “%1” for 6 months.</source>
            <translation>«%1» отложена на 6 месяцев.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="178" />
            <source>Parked “%1”.</source>
            <translation>«%1» отложена.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="187" />
            <source>Next step set for “%1”.</source>
            <translation>Следующий шаг по «%1» назначен.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="198" />
            <source>Moved “%1”.</source>
            <translation>«%1» перенесена.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="205" />
            <source>Temperature of “%1” changed.</source>
            <translation>Температура «%1» изменена.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="212" />
            <source>“%1” marked won.</source>
            <translation>«%1» отмечена выигранной.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="219" />
            <source>“%1” marked lost.</source>
            <translation>«%1» отмечена проигранной.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="226" />
            <source>Notice sent for “%1”; it is archived unless they reply.</source>
            <translation>Уведомление по «%1» отправлено; без ответа сделка уйдёт в архив.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="234" />
            <source>Skipped “%1” this week.</source>
            <translation>«%1» пропущена на этой неделе.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="238" />
            <source>Kept “%1”.</source>
            <translation>«%1» оставлена как есть.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="126" />
            <source>No mail program opened the message; nothing was recorded. Set a default mail program, or write to the client yourself.</source>
            <translation>Почтовая программа не открыла письмо; ничего не записано. Назначьте почтовую программу по умолчанию или напишите клиенту сами.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="136" />
            <source>Archive unless they reply</source>
            <translation>В архив, если не ответит</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="402" />
            <source>Finish the review</source>
            <translation>Завершить чистку</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="42" />
            <source>Clean-up settings</source>
            <translation>Настройки чистки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="63" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="68" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="73" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="71" />
            <source>Remind me every</source>
            <translation>Когда напоминать</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="73" />
            <source>Archive a silent lead after</source>
            <translation>Отправлять молчащий лид в архив через</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="76" />
            <source>Propose cooling a quiet client after</source>
            <translation>Предлагать понизить температуру клиента через</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="89" />
            <source>Restore the default wording</source>
            <translation>Вернуть исходный текст</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="93" />
            <source>Placeholders: %1</source>
            <translation>Подстановки: %1</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="97" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="83" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="99" />
            <source>Silent-lead message</source>
            <translation>Письмо молчащему лиду</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="50" />
            <source>Silent lead</source>
            <translation>Лид молчит</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="53" />
            <source>“%1” has gone quiet. Your mail program will open with this message; the deal is archived after the days below unless a reply is logged.</source>
            <translation>«%1» не выходит на связь. Почтовая программа откроется с этим письмом; если ответ не будет записан, сделка уйдёт в архив через указанное число дней.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="84" />
            <source>Archive after</source>
            <translation>В архив через</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="85" />
            <source>To</source>
            <translation>Кому</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="91" />
            <source>Open in mail program</source>
            <translation>Открыть в почтовой программе</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="131" />
            <source>No e-mail on file: add the address in the mail program</source>
            <translation>E-mail не указан: добавьте адрес в почтовой программе</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="138" />
            <source>Archive task due %1.</source>
            <translation>Задача «в архив» на %1.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="65" />
            <source>Clean-up done</source>
            <translation>Чистка завершена</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="71" />
            <source>deals reviewed</source>
            <translation>сделок разобрано</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="72" />
            <source>calls scheduled</source>
            <translation>звонков назначено</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="73" />
            <source>parked</source>
            <translation>отложено</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="74" />
            <source>archived</source>
            <translation>в архив</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="75" />
            <source>won</source>
            <translation>успешно</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="76" />
            <source>lost</source>
            <translation>проиграно</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="78" />
            <source>still without a next step</source>
            <translation>всё ещё без следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="87" />
            <source>Your sales pipelines</source>
            <translation>Ваши воронки продаж</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="92" />
            <location filename="../../ui/cleanup/summary_view.py" line="197" />
            <source>Last review</source>
            <translation>Прошлая чистка</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="96" />
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="98" />
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="107" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="109" />
            <source>Stalled</source>
            <translation>Зависшие</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="126" />
            <source>Back to the clean-up page</source>
            <translation>К странице чистки</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="166" />
            <source>%1 of %2 deals decided</source>
            <translation>Решено сделок: %1 из %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/summary_view.py" line="182" />
            <source>%n week(s) in a row</source>
            <translation>
                <numerusform>%n неделя подряд</numerusform>
                <numerusform>%n недели подряд</numerusform>
                <numerusform>%n недель подряд</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="184" />
            <source>A new streak starts today.</source>
            <translation>Сегодня начинается новая серия.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="193" />
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
        <message>
            <location filename="../../ui/cleanup/scope.py" line="24" />
            <source>Mine</source>
            <translation>Мои</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/scope.py" line="25" />
            <source>Everyone's</source>
            <translation>Всех</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/scope.py" line="27" />
            <source>Whose open deals this week's clean-up reviews</source>
            <translation>Чьи открытые сделки разбирает чистка этой недели</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/scope.py" line="34" />
            <source>Deals to review:</source>
            <translation>Какие сделки разбирать:</translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <location filename="../../ui/clients/card.py" line="110" />
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="132" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="192" />
            <source>The birthday is known</source>
            <translation>День рождения известен</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="200" />
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="168" />
            <source>What to remember about this client</source>
            <translation>Что важно помнить об этом клиенте</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="174" />
            <source>Company:</source>
            <translation>Компания:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="175" />
            <source>Phones:</source>
            <translation>Телефоны:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="176" />
            <source>E-mails:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="177" />
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="178" />
            <source>Tags:</source>
            <translation>Теги:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="179" />
            <source>Temperature:</source>
            <translation>Температура:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="180" />
            <source>Birthday:</source>
            <translation>День рождения:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="181" />
            <source>Referred by:</source>
            <translation>Кто порекомендовал:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="234" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="318" />
            <source>Deals (%n)</source>
            <translation>
                <numerusform>Сделки (%n)</numerusform>
                <numerusform>Сделки (%n)</numerusform>
                <numerusform>Сделки (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="319" />
            <source>Purchases (%n)</source>
            <translation>
                <numerusform>Покупки (%n)</numerusform>
                <numerusform>Покупки (%n)</numerusform>
                <numerusform>Покупки (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="367" />
            <source>A client needs a name.</source>
            <translation>У клиента должно быть имя.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="376" />
            <source>“%1” does not look like a phone number.</source>
            <translation>«%1» не похоже на номер телефона.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="378" />
            <source>“%1” is not an e-mail address.</source>
            <translation>«%1» — не адрес e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="382" />
            <source>Pick who referred this client from the list, or clear the box.</source>
            <translation>Выберите из списка, кто порекомендовал клиента, или очистите поле.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="432" />
            <source>Edit client</source>
            <translation>Изменение клиента</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="124" />
            <source>Timeline (%1)</source>
            <translation>Хронология (%1)</translation>
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
            <location filename="../../ui/deal_card/client_picker.py" line="76" />
            <source>Create client «%1»</source>
            <translation>Создать клиента «%1»</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="306" />
            <location filename="../../ui/deal_card/client_picker.py" line="110" />
            <source>Type a name, phone or e-mail</source>
            <translation>Имя, телефон или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="129" />
            <source>+1 555 010 0200</source>
            <translation>+7 912 345-67-89</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="132" />
            <source>name@example.com</source>
            <translation>name@example.ru</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="140" />
            <source>Phone:</source>
            <translation>Телефон:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="142" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="186" />
            <source>Open client</source>
            <translation>Открыть клиента</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="251" />
            <source>Pick a client from the list, or choose “Create client «%1»”.</source>
            <translation>Выберите клиента из списка или пункт «Создать клиента „%1“».</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="294" />
            <source>New client «%1» is created when you save the deal.</source>
            <translation>Новый клиент «%1» будет создан при сохранении сделки.</translation>
        </message>
    </context>
    <context>
        <name>ClientSetModel</name>
        <message>
            <location filename="../../ui/customers/set_list.py" line="50" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="51" />
            <source>Purchases</source>
            <translation>Покупки</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="52" />
            <source>Revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="53" />
            <source>Last purchase</source>
            <translation>Последняя покупка</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="54" />
            <source>Days silent</source>
            <translation>Дней без покупок</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="55" />
            <source>Last bought</source>
            <translation>Что купил последним</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="56" />
            <source>First purchase</source>
            <translation>Первая покупка</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="57" />
            <source>Expected next</source>
            <translation>Ожидаемая покупка</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="58" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="59" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
    </context>
    <context>
        <name>ClientSetPanel</name>
        <message>
            <location filename="../../ui/customers/set_list.py" line="126" />
            <source>Search by name, phone or e-mail</source>
            <translation>Поиск по имени, телефону или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="130" />
            <source>Open card</source>
            <translation>Открыть карточку</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="131" />
            <source>Export…</source>
            <translation>Выгрузить…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="132" />
            <source>Start a campaign…</source>
            <translation>Начать кампанию…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/set_list.py" line="169" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln клиент</numerusform>
                <numerusform>%Ln клиента</numerusform>
                <numerusform>%Ln клиентов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="184" />
            <source>Export clients</source>
            <translation>Выгрузка клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="185" />
            <source>CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)</translation>
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
            <location filename="../../ui/clients/page.py" line="84" />
            <source>Filter by name, company, phone or e-mail</source>
            <translation>Фильтр по имени, компании, телефону или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="88" />
            <source>Any temperature</source>
            <translation>Любая температура</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="90" />
            <source>Hot</source>
            <translation>Горячие</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="91" />
            <source>Warm</source>
            <translation>Тёплые</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="92" />
            <source>Cold</source>
            <translation>Холодные</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="97" />
            <source>Not set</source>
            <translation>Не задано</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="99" />
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="102" />
            <source>Find duplicates…</source>
            <translation>Найти дубли…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="105" />
            <source>Clients entered twice: the same phone or e-mail, a similar name</source>
            <translation>Клиенты, заведённые дважды: тот же телефон или e-mail, похожее имя</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="108" />
            <source>Start campaign…</source>
            <translation>Начать кампанию…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="111" />
            <source>Calls, a mailing or birthday greetings for the clients in this list, the selected ones, a tag or a source</source>
            <translation>Звонки, рассылка или поздравления с днём рождения для клиентов этого списка, выбранных, с тегом или из источника</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="130" />
            <source>No clients match these filters.</source>
            <translation>Нет клиентов, подходящих под эти фильтры.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="163" />
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="183" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln клиент</numerusform>
                <numerusform>%Ln клиента</numerusform>
                <numerusform>%Ln клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="254" />
            <source>Campaign “%1” created for %Ln client(s).</source>
            <translation>
                <numerusform>Кампания «%1» создана для %Ln клиента.</numerusform>
                <numerusform>Кампания «%1» создана для %Ln клиентов.</numerusform>
                <numerusform>Кампания «%1» создана для %Ln клиентов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="258" />
            <source>%n held out for comparison.</source>
            <translation>
                <numerusform>%n в контрольной группе.</numerusform>
                <numerusform>%n в контрольной группе.</numerusform>
                <numerusform>%n в контрольной группе.</numerusform>
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
            <location filename="../../ui/deals/table.py" line="190" />
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
        <name>ConflictBar</name>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="36" />
            <source>Reload</source>
            <translation>Загрузить заново</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="39" />
            <source>Show the record as it is now; what you typed is dropped</source>
            <translation>Показать запись в нынешнем виде; введённое вами будет отброшено</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="41" />
            <source>Keep mine</source>
            <translation>Оставить моё</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="43" />
            <source>Save what you typed over the other change</source>
            <translation>Сохранить введённое вами поверх чужого изменения</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="58" />
            <source>%1 was changed by %2 a moment ago.</source>
            <translation>%1 только что изменил(а) %2.</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="61" />
            <source>%1 was changed elsewhere a moment ago.</source>
            <translation>%1 только что изменили в другом месте.</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="62" />
            <source>Nothing you typed was lost or saved yet.</source>
            <translation>Введённое вами не потеряно и пока не сохранено.</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="52" />
            <source>Connect to a team database</source>
            <translation>Подключение к командной базе</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="75" />
            <source>Remember the password (in the system keyring)</source>
            <translation>Запомнить пароль (в системной связке ключей)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="80" />
            <source>Prefer encryption (prefer)</source>
            <translation>Шифровать, если возможно (prefer)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="81" />
            <source>No encryption (disable)</source>
            <translation>Без шифрования (disable)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="82" />
            <source>Require encryption (require)</source>
            <translation>Требовать шифрование (require)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="83" />
            <source>Require and verify the certificate (verify-full)</source>
            <translation>Требовать и проверять сертификат (verify-full)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="89" />
            <source>Server:</source>
            <translation>Сервер:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="90" />
            <source>Port:</source>
            <translation>Порт:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="91" />
            <source>Database:</source>
            <translation>База данных:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="92" />
            <source>User:</source>
            <translation>Пользователь:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="93" />
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="95" />
            <source>Encryption:</source>
            <translation>Шифрование:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="97" />
            <source>Test connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="114" />
            <source>Connect</source>
            <translation>Подключиться</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="143" />
            <source>Fill in the server's name or address.</source>
            <translation>Укажите имя или адрес сервера.</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="144" />
            <source>Fill in the database's name.</source>
            <translation>Укажите имя базы данных.</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="145" />
            <source>Fill in your user name on the server.</source>
            <translation>Укажите ваше имя пользователя на сервере.</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="190" />
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="210" />
            <source>Connected as %1 to %2 on %3</source>
            <translation>Подключено как %1 к %2 на %3</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="230" />
            <source>There is no system keyring to remember it in.</source>
            <translation>Нет системной связки ключей, чтобы запомнить пароль.</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="77" />
            <source>Add phone</source>
            <translation>Добавить телефон</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="77" />
            <source>Add e-mail</source>
            <translation>Добавить e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="114" />
            <source>+1 555 010 0200</source>
            <translation>+7 912 345-67-89</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="114" />
            <source>name@example.com</source>
            <translation>name@example.ru</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="129" />
            <location filename="../../ui/clients/fields.py" line="148" />
            <source>Write</source>
            <translation>Написать</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="133" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="148" />
            <source>Call</source>
            <translation>Позвонить</translation>
        </message>
    </context>
    <context>
        <name>CustomerCheckPage</name>
        <message>
            <location filename="../../ui/imports/customers.py" line="57" />
            <source>Check</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="58" />
            <source>Nothing has been written yet.</source>
            <translation>Пока ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="60" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="71" />
            <source>Skip these rows and import the others</source>
            <translation>Пропустить эти строки и импортировать остальные</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="88" />
            <source>Checking every row…</source>
            <translation>Проверяем каждую строку…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="113" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n строку нельзя импортировать:</numerusform>
                <numerusform>%n строки нельзя импортировать:</numerusform>
                <numerusform>%n строк нельзя импортировать:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="117" />
            <source>Line %1: %2</source>
            <translation>Строка %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="138" />
            <source>New clients: %1; matched to existing clients: %2</source>
            <translation>Новых клиентов: %1; найдено среди существующих: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="145" />
            <source>Everyone in the file is already a client; nothing to add.</source>
            <translation>Все из файла уже есть среди клиентов; добавлять нечего.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="149" />
            <source>%n purchase(s) will be imported.</source>
            <translation>
                <numerusform>Будет импортирована %n покупка.</numerusform>
                <numerusform>Будут импортированы %n покупки.</numerusform>
                <numerusform>Будет импортировано %n покупок.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="154" />
            <source>Amounts without a currency are in %1.</source>
            <translation>Суммы без валюты — в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="157" />
            <source>Cancelled orders not counted: %1. Return lines not counted: %2.</source>
            <translation>Отменённые заказы не учтены: %1. Строки возвратов не учтены: %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="165" />
            <source>%n order(s) were imported before and are left as they are.</source>
            <translation>
                <numerusform>%n заказ уже был импортирован и остаётся как есть.</numerusform>
                <numerusform>%n заказа уже были импортированы и остаются как есть.</numerusform>
                <numerusform>%n заказов уже были импортированы и остаются как есть.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerColumnsPage</name>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="233" />
            <source>Match columns to fields</source>
            <translation>Сопоставьте столбцы с полями</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="235" />
            <source>Columns Funnel recognises are matched already; check them and set the rest.</source>
            <translation>Знакомые Funnel столбцы уже сопоставлены; проверьте их и задайте остальные.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="259" />
            <source>Currency of amounts without one:</source>
            <translation>Валюта сумм без валюты:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="283" />
            <source>Recognised as %1.</source>
            <translation>Распознано: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="289" />
            <source>(not imported)</source>
            <translation>(не импортировать)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="323" />
            <source>“%1” and “%2” both go to %3; choose one.</source>
            <translation>«%1» и «%2» оба идут в поле «%3»; выберите один.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="332" />
            <source>Choose the column that says who the customer is: a name, phone or e-mail.</source>
            <translation>Выберите столбец, по которому понятно, кто клиент: имя, телефон или e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="336" />
            <source>Choose the column that holds the date.</source>
            <translation>Выберите столбец с датой.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="338" />
            <source>Choose the amount column, or both quantity and unit price.</source>
            <translation>Выберите столбец суммы или оба столбца: количество и цену.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="341" />
            <source>Say which currency the amounts are in, for example RUB, USD or BRL.</source>
            <translation>Укажите валюту сумм, например RUB, USD или BRL.</translation>
        </message>
    </context>
    <context>
        <name>CustomerFilePage</name>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="100" />
            <location filename="../../ui/imports/customer_pages.py" line="165" />
            <source>Choose a file</source>
            <translation>Выберите файл</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="103" />
            <source>A CSV or Excel table, or a vCard (.vcf) address book from a phone, Google Contacts, Outlook or Apple.</source>
            <translation>Таблица CSV или Excel либо адресная книга vCard (.vcf) из телефона, Google Контактов, Outlook или Apple.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="109" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="115" />
            <source>Comma ( , )</source>
            <translation>Запятая ( , )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="116" />
            <source>Semicolon ( ; )</source>
            <translation>Точка с запятой ( ; )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="117" />
            <source>Tab</source>
            <translation>Табуляция</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="129" />
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="130" />
            <source>Encoding:</source>
            <translation>Кодировка:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="131" />
            <source>Delimiter:</source>
            <translation>Разделитель:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="132" />
            <source>Sheet:</source>
            <translation>Лист:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="168" />
            <source>Tables and address books (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
            <translation>Таблицы и адресные книги (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="197" />
            <source>Detected: %1, %2</source>
            <translation>Определено: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="205" />
            <source>An Excel workbook</source>
            <translation>Книга Excel</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="207" />
            <source>A vCard address book</source>
            <translation>Адресная книга vCard</translation>
        </message>
    </context>
    <context>
        <name>CustomerImport</name>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="61" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="62" />
            <source>First name</source>
            <translation>Имя (личное)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="63" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="64" />
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="65" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="66" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="67" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="68" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="69" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="70" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="71" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="72" />
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="73" />
            <source>Id in the other system</source>
            <translation>ID в другой системе</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="74" />
            <source>Customer id</source>
            <translation>ID клиента</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="75" />
            <source>Order number</source>
            <translation>Номер заказа</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="76" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="77" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="78" />
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="79" />
            <source>Unit price</source>
            <translation>Цена за единицу</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="80" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="81" />
            <source>Status (cancelled)</source>
            <translation>Статус (отменён)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="84" />
            <source>a vCard address book</source>
            <translation>адресная книга vCard</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="85" />
            <source>a Google Contacts export</source>
            <translation>выгрузка Google Контактов</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="86" />
            <source>an Outlook contacts export</source>
            <translation>выгрузка контактов Outlook</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="87" />
            <source>an amoCRM/Kommo contacts export</source>
            <translation>выгрузка контактов amoCRM/Kommo</translation>
        </message>
    </context>
    <context>
        <name>CustomerImportPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="186" />
            <source>Imported %n purchase(s).</source>
            <translation>
                <numerusform>Импортирована %n покупка.</numerusform>
                <numerusform>Импортированы %n покупки.</numerusform>
                <numerusform>Импортировано %n покупок.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="189" />
            <source>Imported %n client(s).</source>
            <translation>
                <numerusform>Импортирован %n клиент.</numerusform>
                <numerusform>Импортированы %n клиента.</numerusform>
                <numerusform>Импортировано %n клиентов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="192" />
            <source>New clients: %1; matched to existing clients: %2</source>
            <translation>Новых клиентов: %1; найдено среди существующих: %2</translation>
        </message>
    </context>
    <context>
        <name>CustomerImportWizard</name>
        <message>
            <location filename="../../ui/imports/customers.py" line="216" />
            <location filename="../../ui/imports/customers.py" line="263" />
            <source>Import clients</source>
            <translation>Импорт клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="218" />
            <location filename="../../ui/imports/customers.py" line="263" />
            <source>Import purchases</source>
            <translation>Импорт покупок</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../../ui/customers/charts.py" line="47" />
            <source>Clients by revenue</source>
            <translation>Клиенты по выручке</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="52" />
            <source>All clients equal</source>
            <translation>Если бы все были равны</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="58" />
            <source>Top 20%</source>
            <translation>Первые 20%</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="65" />
            <source>% of clients, richest first</source>
            <translation>% клиентов, начиная с самых крупных</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="67" />
            <source>% of revenue</source>
            <translation>% выручки</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="79" />
            <source>Active clients</source>
            <translation>Активные клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="83" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="105" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="28" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../ui/customers/page.py" line="100" />
            <source>Limits and names…</source>
            <translation>Границы и названия…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="122" />
            <source>Active clients</source>
            <translation>Активные клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="137" />
            <source>Start a win-back campaign…</source>
            <translation>Начать кампанию возврата…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="149" />
            <source>Lifecycle</source>
            <translation>Жизненный цикл</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="150" />
            <source>Top clients</source>
            <translation>Главные клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="151" />
            <source>Lifetime value</source>
            <translation>Ценность клиента</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="152" />
            <source>Lost clients</source>
            <translation>Потерянные клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="153" />
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="163" />
            <source>Win back lost clients</source>
            <translation>Вернуть потерянных клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="175" />
            <source>Customers</source>
            <translation>Покупатели</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="213" />
            <source>As of %1</source>
            <translation>На %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/page.py" line="231" />
            <source>%Ln client(s) bought before and have been silent for more than twice their usual gap (at least 90 days). The richest come first.</source>
            <translation>
                <numerusform>%Ln клиент покупал раньше и молчит дольше двух своих обычных перерывов (не меньше 90 дней). Сначала самые крупные.</numerusform>
                <numerusform>%Ln клиента покупали раньше и молчат дольше двух своих обычных перерывов (не меньше 90 дней). Сначала самые крупные.</numerusform>
                <numerusform>%Ln клиентов покупали раньше и молчат дольше двух своих обычных перерывов (не меньше 90 дней). Сначала самые крупные.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="245" />
            <source>%1 of %2 buying clients bought in the last %3 days; target %4.</source>
            <translation>%1 из %2 покупателей купили за последние %3 дн.; цель %4.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="254" />
            <source>%1 points over 12 months.</source>
            <translation>%1 п. п. за 12 месяцев.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="259" />
            <source>Revenue in %1: %2.</source>
            <translation>Выручка в %1: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="262" />
            <source>(No home currency is set: the one most purchases are in.)</source>
            <translation>(Основная валюта не задана: взята валюта большинства покупок.)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/page.py" line="264" />
            <source>%n purchase(s) in other currencies left out of revenue.</source>
            <translation>
                <numerusform>%n покупка в других валютах не вошла в выручку.</numerusform>
                <numerusform>%n покупки в других валютах не вошли в выручку.</numerusform>
                <numerusform>%n покупок в других валютах не вошли в выручку.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="278" />
            <source>Class %1 clients</source>
            <translation>Клиенты класса %1</translation>
        </message>
    </context>
    <context>
        <name>DataStep</name>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="44" />
            <source>Last step: what goes into your funnel first?</source>
            <translation>Последний шаг: с чего начнётся ваша воронка?</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="47" />
            <source>Import deals</source>
            <translation>Импортировать сделки</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="48" />
            <source>From a spreadsheet, or an amoCRM, Kommo or Pipedrive export (CSV).</source>
            <translation>Из таблицы или выгрузки amoCRM, Kommo или Pipedrive (CSV).</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="51" />
            <source>Import clients</source>
            <translation>Импортировать клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="52" />
            <source>Your contacts: names, phones, e-mails, where they came from.</source>
            <translation>Ваши контакты: имена, телефоны, e-mail, откуда пришли.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="55" />
            <source>Import purchases</source>
            <translation>Импортировать покупки</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="56" />
            <source>Past sales, to see who buys most and who has gone quiet.</source>
            <translation>Прошлые продажи: кто покупает больше всех, а кто пропал.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="59" />
            <source>Start empty</source>
            <translation>Начать с чистого листа</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="60" />
            <source>Add deals as they come: Ctrl+N, or the button on the board.</source>
            <translation>Добавляйте сделки по мере появления: Ctrl+N или кнопка на доске.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="63" />
            <source>Explore with demo data</source>
            <translation>Посмотреть на демо-данных</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="65" />
            <source>Opens a separate file with a few thousand made-up deals to try things on. Your own file stays empty; switch back with File › Open recent.</source>
            <translation>Откроется отдельный файл с несколькими тысячами выдуманных сделок, чтобы всё попробовать. Ваш файл останется пустым; вернуться — Файл › Открыть недавний.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/i18n.py" line="156" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="158" />
            <source>Tomorrow</source>
            <translation>Завтра</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="160" />
            <source>Yesterday</source>
            <translation>Вчера</translation>
        </message>
    </context>
    <context>
        <name>DealCard</name>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="146" />
            <source>Stage history</source>
            <translation>История этапов</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="165" />
            <location filename="../../ui/deal_card/dialog.py" line="268" />
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="166" />
            <location filename="../../ui/deal_card/dialog.py" line="273" />
            <source>Activities</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="172" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="177" />
            <source>Save and close (Ctrl+S saves and stays)</source>
            <translation>Сохранить и закрыть (Ctrl+S — сохранить без закрытия)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="179" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="241" />
            <location filename="../../ui/deal_card/dialog.py" line="401" />
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="243" />
            <source>Deal — %1</source>
            <translation>Сделка — %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="267" />
            <source>Notes (%1)</source>
            <translation>Примечания (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="271" />
            <source>Activities (%1)</source>
            <translation>Дела (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="326" />
            <source>Hand over deal</source>
            <translation>Передача сделки</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="361" />
            <source>“%1” handed to %2</source>
            <translation>«%1» передана: %2</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="399" />
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="400" />
            <source>Save the changes to «%1»?</source>
            <translation>Сохранить изменения в «%1»?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/format.py" line="46" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 12 Nov 2026</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/format.py" line="72" />
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>DealForm</name>
        <message>
            <location filename="../../ui/deal_card/form.py" line="43" />
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
            <location filename="../../ui/deals/model.py" line="21" />
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="22" />
            <source>Won</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="23" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="24" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="43" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="48" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="50" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="52" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="53" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="56" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="61" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="64" />
            <source>Days in stage</source>
            <translation>Дней на этапе</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="70" />
            <source>Expected close</source>
            <translation>Плановое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="74" />
            <source>Created</source>
            <translation>Создана</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="78" />
            <source>Lost reason</source>
            <translation>Причина проигрыша</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="81" />
            <source>Won on</source>
            <translation>Выиграна</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="87" />
            <source>Lost on</source>
            <translation>Проиграна</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/model.py" line="126" />
            <source>Stalled: %n day(s) over the stage's limit</source>
            <translation>
                <numerusform>Зависла: на %n день дольше срока этапа</numerusform>
                <numerusform>Зависла: на %n дня дольше срока этапа</numerusform>
                <numerusform>Зависла: на %n дней дольше срока этапа</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="152" />
            <source>%1 (+%2)</source>
            <translation>%1 (+%2)</translation>
        </message>
    </context>
    <context>
        <name>DealsPage</name>
        <message>
            <location filename="../../ui/deals/page.py" line="116" />
            <source>Open</source>
            <translation>Открытые</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="117" />
            <source>Won</source>
            <translation>Успешные</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="118" />
            <source>Lost</source>
            <translation>Проигранные</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="119" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="120" />
            <source>All statuses</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="127" />
            <source>Filter by title, client, phone or e-mail</source>
            <translation>Фильтр по названию, клиенту, телефону или e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="130" />
            <source>Move to stage…</source>
            <translation>Перенести на этап…</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="63" />
            <source>No deals match these filters.</source>
            <translation>Нет сделок, подходящих под эти фильтры.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="133" />
            <location filename="../../ui/deals/page.py" line="366" />
            <source>Assign to…</source>
            <translation>Передать…</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="135" />
            <source>Give the selected deals to another owner</source>
            <translation>Передать выбранные сделки другому ответственному</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="171" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="199" />
            <source>All pipelines</source>
            <translation>Все воронки</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="205" />
            <source>All owners</source>
            <translation>Все ответственные</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="220" />
            <source>All stages</source>
            <translation>Все этапы</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="266" />
            <source>Total: %Ln deal(s)</source>
            <translation>
                <numerusform>Итого: %Ln сделка</numerusform>
                <numerusform>Итого: %Ln сделки</numerusform>
                <numerusform>Итого: %Ln сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="317" />
            <source>Select at most %n deals to move at once</source>
            <translation>
                <numerusform>Можно перенести не больше %n сделки за раз</numerusform>
                <numerusform>Можно перенести не больше %n сделок за раз</numerusform>
                <numerusform>Можно перенести не больше %n сделок за раз</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="362" />
            <source>Open deal</source>
            <translation>Открыть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="364" />
            <source>Move to stage</source>
            <translation>Перенести на этап</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="401" />
            <source>%n deal(s) assigned to %1</source>
            <translation>
                <numerusform>%n сделка передана: %1</numerusform>
                <numerusform>%n сделки переданы: %1</numerusform>
                <numerusform>%n сделок передано: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoMaker</name>
        <message>
            <location filename="../../ui/firststart/demo.py" line="37" />
            <source>Making demo data: %1 deals…</source>
            <translation>Создаются демо-данные: %1 сделок…</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/demo.py" line="40" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/demo.py" line="46" />
            <source>Demo data</source>
            <translation>Демо-данные</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <location filename="../../ui/desktop.py" line="106" />
            <source>Export reminders to calendar</source>
            <translation>Экспорт напоминаний в календарь</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="108" />
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="123" />
            <source>The calendar could not be written to %1: %2</source>
            <translation>Не удалось записать календарь в %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="129" />
            <source>Follow-ups exported to %1</source>
            <translation>Напоминания экспортированы в %1</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="64" />
            <source>Mark done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="85" />
            <source>What came of it? (optional)</source>
            <translation>Чем закончилось? (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="89" />
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="91" />
            <source>Enter: on to the next step · Esc: cancel</source>
            <translation>Enter — к следующему шагу · Esc — отмена</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="99" />
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="106" />
            <source>Also schedule a next step</source>
            <translation>Запланировать следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="113" />
            <source>Enter: schedule it · Esc: finish without a next step</source>
            <translation>Enter — запланировать · Esc — завершить без следующего шага</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="126" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="127" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="156" />
            <source>This was the last time it repeats.</source>
            <translation>Это было последнее повторение.</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="158" />
            <source>It repeats: the next one is created for %1.</source>
            <translation>Дело повторяется: следующее создано на %1.</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="165" />
            <source>Enter: finish · Esc: finish</source>
            <translation>Enter — завершить · Esc — завершить</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="196" />
            <source>Finish</source>
            <translation>Завершить</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="196" />
            <source>Schedule</source>
            <translation>Запланировать</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="197" />
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="198" />
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
        <name>DuplicateGroupsModel</name>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="51" />
            <source>same phone</source>
            <translation>тот же телефон</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="52" />
            <source>same e-mail</source>
            <translation>тот же e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="53" />
            <source>similar name + same company</source>
            <translation>похожее имя + та же компания</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="56" />
            <source>similar name + similar phone</source>
            <translation>похожее имя + похожий телефон</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="59" />
            <source>similar name + similar e-mail</source>
            <translation>похожее имя + похожий e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="62" />
            <source>similar name + same birthday</source>
            <translation>похожее имя + тот же день рождения</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="79" />
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="80" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="81" />
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="82" />
            <source>Phones and e-mails</source>
            <translation>Телефоны и e-mail</translation>
        </message>
    </context>
    <context>
        <name>DuplicateHint</name>
        <message>
            <location filename="../../ui/clients/hint.py" line="87" />
            <source>Already a client: %1</source>
            <translation>Уже есть клиент: %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="143" />
            <source>Duplicate clients</source>
            <translation>Дубли клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="157" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="160" />
            <source>Search again</source>
            <translation>Искать снова</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="191" />
            <source>Merge…</source>
            <translation>Объединить…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="195" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="198" />
            <source>A merge can be undone with Ctrl+Z.</source>
            <translation>Объединение можно отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="234" />
            <source>Looking for duplicates…</source>
            <translation>Ищем дубли…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="276" />
            <source>Stopped. Search again to see the groups.</source>
            <translation>Остановлено. Запустите поиск снова, чтобы увидеть группы.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/duplicates.py" line="283" />
            <source>%n group(s) of likely duplicates.</source>
            <translation>
                <numerusform>%n группа вероятных дублей.</numerusform>
                <numerusform>%n группы вероятных дублей.</numerusform>
                <numerusform>%n групп вероятных дублей.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="285" />
            <source>No duplicates found.</source>
            <translation>Дублей не найдено.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../funnel/deals/service.py" line="104" />
            <location filename="../../funnel/deals/service.py" line="122" />
            <location filename="../../funnel/deals/service.py" line="126" />
            <source>'{value}' is not an amount of money.</source>
            <translation>«{value}» — не денежная сумма.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="130" />
            <source>An amount cannot be negative (got {value}).</source>
            <translation>Сумма не может быть отрицательной (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="134" />
            <source>'{value}' is too large an amount.</source>
            <translation>«{value}» — слишком большая сумма.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="143" />
            <location filename="../../funnel/imports/currency.py" line="25" />
            <source>A currency is a three-letter code such as USD, RUB, BRL (got '{currency}').</source>
            <translation>Валюта — это трёхбуквенный код, например USD, RUB, BRL (указано «{currency}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="209" />
            <location filename="../../funnel/deals/service.py" line="279" />
            <source>A deal needs a title.</source>
            <translation>У сделки должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="174" />
            <source>Stage '{stage}' is not in that pipeline.</source>
            <translation>Этапа «{stage}» нет в этой воронке.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="184" />
            <source>There is no pipeline with id {pipeline_id}, or it has no stages.</source>
            <translation>Воронки с id {pipeline_id} нет, или в ней нет этапов.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="271" />
            <source>Cannot set {fields} here; stage and status changes are moves.</source>
            <translation>Здесь нельзя изменить {fields}: этап и статус меняются переносом сделки.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="70" />
            <source>An activity is a {kinds} or {last_kind} (got '{kind}').</source>
            <translation>Тип дела: {kinds} или {last_kind} (указано «{kind}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="82" />
            <source>An activity needs a subject: what is to be done?</source>
            <translation>У дела должна быть тема: что нужно сделать?</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="86" />
            <source>An activity subject is at most {max_subject} characters.</source>
            <translation>Тема дела — не больше {max_subject} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="93" />
            <source>A campaign needs a name of 1 to 200 characters.</source>
            <translation>У кампании должно быть название длиной от 1 до 200 символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="97" />
            <source>A campaign is by calls, mailing or birthday ('{channel}').</source>
            <translation>Кампания — это звонки, рассылка или дни рождения («{channel}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="104" />
            <source>Calls go to the client's owner or in turn ('{rule}').</source>
            <translation>Звонки получает ответственный за клиента или менеджеры по очереди («{rule}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="108" />
            <source>Choose the owners who take the calls in turn.</source>
            <translation>Выберите менеджеров, которые звонят по очереди.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="112" />
            <location filename="../../funnel/followups/activities.py" line="95" />
            <source>There is no owner with id {owner_id}.</source>
            <translation>Ответственного с id {owner_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="117" />
            <source>Calls a day are 1 to 1000 and days 1 to 365 (got {cap} a day, {days} days).</source>
            <translation>Звонков в день — от 1 до 1000, дней — от 1 до 365 (указано {cap} в день, {days} дн.).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="126" />
            <source>The result window is 1 to 365 days (got {days}).</source>
            <translation>Срок учёта результата — от 1 до 365 дней (указано {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="231" />
            <source>A campaign takes at most {max} clients; this set has {count}.</source>
            <translation>В кампанию входит не больше {max} клиентов; здесь {count}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="397" />
            <source>There is no campaign with id {campaign_id}.</source>
            <translation>Кампании с номером {campaign_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="432" />
            <source>An outcome is contacted, no_answer, refused or bought ('{status}').</source>
            <translation>Итог — contacted, no_answer, refused или bought («{status}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="110" />
            <location filename="../../funnel/followups/activity_list.py" line="115" />
            <location filename="../../funnel/followups/snooze.py" line="94" />
            <location filename="../../funnel/followups/snooze.py" line="153" />
            <source>There is no activity with id {activity_id}.</source>
            <translation>Дела с id {activity_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="140" />
            <source>An activity's due date must be a date.</source>
            <translation>Срок дела должен быть датой.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="144" />
            <source>An activity belongs to a deal or a client; choose one.</source>
            <translation>Дело относится к сделке или клиенту: выберите одно из двух.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="90" />
            <location filename="../../funnel/cleanup/queue.py" line="382" />
            <location filename="../../funnel/cleanup/silent.py" line="149" />
            <location filename="../../funnel/cleanup/silent.py" line="197" />
            <location filename="../../funnel/deals/card.py" line="58" />
            <location filename="../../funnel/deals/handover.py" line="162" />
            <location filename="../../funnel/deals/handover_server.py" line="34" />
            <location filename="../../funnel/deals/notes.py" line="55" />
            <location filename="../../funnel/deals/service.py" line="156" />
            <location filename="../../funnel/deals/service.py" line="378" />
            <location filename="../../funnel/followups/activities.py" line="151" />
            <location filename="../../funnel/pipeline/moves.py" line="114" />
            <location filename="../../funnel/pipeline/parked.py" line="139" />
            <location filename="../../funnel/pipeline/stage_change.py" line="32" />
            <source>There is no deal with id {deal_id}.</source>
            <translation>Сделки с id {deal_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="454" />
            <location filename="../../funnel/customers/clients.py" line="160" />
            <location filename="../../funnel/customers/lifetime.py" line="130" />
            <location filename="../../funnel/customers/merge.py" line="138" />
            <location filename="../../funnel/customers/merge_preview.py" line="72" />
            <location filename="../../funnel/deals/notes.py" line="59" />
            <location filename="../../funnel/deals/service.py" line="213" />
            <location filename="../../funnel/deals/service.py" line="290" />
            <location filename="../../funnel/followups/activities.py" line="159" />
            <location filename="../../funnel/followups/activities.py" line="361" />
            <source>There is no client with id {client_id}.</source>
            <translation>Клиента с id {client_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="255" />
            <source>Activity '{subject}' is already done.</source>
            <translation>Дело «{subject}» уже выполнено.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="290" />
            <location filename="../../funnel/followups/snooze.py" line="158" />
            <source>Activity '{subject}' has changed since; it cannot be undone.</source>
            <translation>Дело «{subject}» с тех пор изменилось; отменить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="366" />
            <source>Client '{client}' has no birthday on file.</source>
            <translation>У клиента «{client}» не указан день рождения.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="46" />
            <source>This review is finished; start next week's to decide again.</source>
            <translation>Эта чистка завершена; чтобы решать снова, начните чистку следующей недели.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="70" />
            <location filename="../../funnel/cleanup/review.py" line="187" />
            <source>There is no review item with id {item_id}.</source>
            <translation>Пункта чистки с id {item_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="80" />
            <source>Deal '{title}' has already been decided in this review.</source>
            <translation>По сделке «{title}» в этой чистке уже принято решение.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="94" />
            <source>Deal '{title}' is {status}; there is nothing to decide.</source>
            <translation>Сделка «{title}» закрыта ({status}); решать нечего.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="113" />
            <source>Schedule the call for today or later (got {day}).</source>
            <translation>Назначьте звонок на сегодня или позже (указано {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="244" />
            <source>A next step is today or later (got {day}).</source>
            <translation>Следующий шаг — сегодня или позже (указано {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="271" />
            <source>Deal '{title}' still misses part of its checklist ({missing}); fix or waive it first.</source>
            <translation>В сделке «{title}» не выполнена часть чек-листа ({missing}); сначала выполните или пропустите эти пункты.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="316" />
            <location filename="../../funnel/deals/service.py" line="169" />
            <location filename="../../funnel/pipeline/moves.py" line="123" />
            <location filename="../../funnel/pipeline/parking.py" line="247" />
            <location filename="../../funnel/pipeline/pipelines.py" line="73" />
            <source>There is no stage with id {stage_id}.</source>
            <translation>Этапа с id {stage_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="320" />
            <source>'{stage}' is a future-sales stage; park the deal to put it there.</source>
            <translation>«{stage}» — этап будущих продаж; чтобы сделка попала туда, отложите её.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="350" />
            <source>Deal '{title}' has no client to be hot, warm or cold.</source>
            <translation>У сделки «{title}» нет клиента, которому можно задать температуру.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="446" />
            <location filename="../../funnel/cleanup/review.py" line="109" />
            <source>There is no review with id {review_id}.</source>
            <translation>Чистки с id {review_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="462" />
            <source>Client '{name}' is not hot or warm; nothing to cool.</source>
            <translation>Клиент «{name}» не горячий и не тёплый; понижать нечего.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="268" />
            <source>A checklist item is one of {names} (got '{key}').</source>
            <translation>Пункт чек-листа — один из: {names} (указано «{key}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="299" />
            <source>This review is already finished.</source>
            <translation>Эта чистка уже завершена.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/silent.py" line="109" />
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
            <location filename="../../funnel/cleanup/silent.py" line="201" />
            <source>Deal '{title}' is {status}; only an open deal is asked.</source>
            <translation>Сделка «{title}» закрыта ({status}); письмо отправляют только по открытой сделке.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/temperature.py" line="73" />
            <source>Propose cooling a client down after 1 to {max_days} quiet days (got {days}).</source>
            <translation>Понижение температуры предлагается через 1–{max_days} дн. тишины (указано {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_list.py" line="150" />
            <source>Clients can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Клиентов можно сортировать по: {choices} (указано «{sort_key}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_list.py" line="180" />
            <source>Temperature is hot, warm or cold (got '{temperature}').</source>
            <translation>Температура: hot, warm или cold (указано «{temperature}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_list.py" line="195" />
            <location filename="../../funnel/customers/client_sets.py" line="266" />
            <source>Ask for at most {max_page} clients at a time (got {count}).</source>
            <translation>Запрашивайте не больше {max_page} клиентов за раз (запрошено {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="62" />
            <source>'{phone}' does not look like a phone number.</source>
            <translation>«{phone}» не похоже на номер телефона.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="71" />
            <source>'{email}' is not an e-mail address.</source>
            <translation>«{email}» — не адрес e-mail.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="82" />
            <source>Temperature is hot, warm or cold (got '{value}').</source>
            <translation>Температура: hot, warm или cold (указано «{value}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="100" />
            <source>There is no client with id {referred_by_id} to be the referrer.</source>
            <translation>Клиента с id {referred_by_id}, который мог бы порекомендовать, нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="184" />
            <location filename="../../funnel/customers/clients.py" line="226" />
            <source>A client needs a name.</source>
            <translation>У клиента должно быть имя.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="220" />
            <source>Unknown client field(s): {fields}.</source>
            <translation>Неизвестные поля клиента: {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="241" />
            <source>A client cannot be referred by themselves.</source>
            <translation>Клиент не может порекомендовать сам себя.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/rows.py" line="113" />
            <location filename="../../funnel/deals/service.py" line="396" />
            <source>Status is one of {choices} (got '{status}').</source>
            <translation>Статус — один из: {choices} (указано «{status}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/rows.py" line="152" />
            <source>Deals can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Сделки можно сортировать по: {choices} (указано «{sort_key}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/rows.py" line="181" />
            <source>Ask for at most {max_page} deals at a time (got {count}).</source>
            <translation>Запрашивайте не больше {max_page} сделок за раз (запрошено {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="183" />
            <source>Deal '{title}' is already in stage '{stage}'.</source>
            <translation>Сделка «{title}» уже на этапе «{stage}».</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="262" />
            <source>Deal '{title}' is already won.</source>
            <translation>Сделка «{title}» уже успешна.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="263" />
            <source>Deal '{title}' is already lost.</source>
            <translation>Сделка «{title}» уже проиграна.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="264" />
            <source>Deal '{title}' is already archived.</source>
            <translation>Сделка «{title}» уже в архиве.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="344" />
            <source>Say why the deal was lost.</source>
            <translation>Укажите, почему сделка проиграна.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="394" />
            <source>Deal '{title}' is already open.</source>
            <translation>Сделка «{title}» уже открыта.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/undo.py" line="44" />
            <source>Deal '{title}' has changed since; it cannot be undone.</source>
            <translation>Сделка «{title}» с тех пор изменилась; отменить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/undo.py" line="87" />
            <source>Deal '{title}' has changed since; it cannot be redone.</source>
            <translation>Сделка «{title}» с тех пор изменилась; повторить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="43" />
            <source>A note cannot be empty.</source>
            <translation>Примечание не может быть пустым.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="46" />
            <source>A note is at most {max_body} characters.</source>
            <translation>Примечание — не больше {max_body} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="51" />
            <source>A note belongs to a deal or a client; choose one.</source>
            <translation>Примечание относится к сделке или клиенту: выберите одно из двух.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="74" />
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
            <location filename="../../funnel/pipeline/parking.py" line="51" />
            <source>Deal '{title}' is won; only an open deal is parked.</source>
            <translation>Сделка «{title}» успешна; отложить можно только открытую сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="54" />
            <source>Deal '{title}' is lost; only an open deal is parked.</source>
            <translation>Сделка «{title}» проиграна; отложить можно только открытую сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="57" />
            <source>Deal '{title}' is archived; only an open deal is parked.</source>
            <translation>Сделка «{title}» в архиве; отложить можно только открытую сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="78" />
            <source>Pipeline {future_pipeline_id} is not a future-sales pipeline.</source>
            <translation>Воронка {future_pipeline_id} — не воронка будущих продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="84" />
            <source>There is no future-sales pipeline to park deals in.</source>
            <translation>Нет воронки будущих продаж, куда можно отложить сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="88" />
            <source>Pipeline '{pipeline}' has no stage to park deals in.</source>
            <translation>В воронке «{pipeline}» нет этапа, куда можно отложить сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="97" />
            <source>Say when to call back: in a number of months or on a date (one of the two).</source>
            <translation>Укажите, когда перезвонить: через сколько месяцев или в какую дату (одно из двух).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="109" />
            <source>Park for 1 to {max_park_months} months (got {months}).</source>
            <translation>Отложить можно на 1–{max_park_months} мес. (указано {months}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="120" />
            <source>The return date {until} is not after today ({today}); choose a later date.</source>
            <translation>Дата возврата {until} не позже сегодняшней ({today}); выберите более позднюю дату.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="153" />
            <source>Deal '{title}' is already parked until {return_on}.</source>
            <translation>Сделка «{title}» уже отложена до {return_on}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parked.py" line="142" />
            <location filename="../../funnel/pipeline/parking.py" line="240" />
            <source>Deal '{title}' is not parked.</source>
            <translation>Сделка «{title}» не отложена.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="251" />
            <source>'{stage}' is a future-sales stage; choose a stage of a sales pipeline.</source>
            <translation>«{stage}» — этап будущих продаж; выберите этап воронки продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="277" />
            <source>There is no sales pipeline to bring the deal back to.</source>
            <translation>Нет воронки продаж, в которую можно вернуть сделку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="131" />
            <location filename="../../funnel/pipeline/pipelines.py" line="123" />
            <source>A pipeline needs a name.</source>
            <translation>У воронки должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="134" />
            <source>Pipeline '{pipeline}' needs at least one stage.</source>
            <translation>В воронке «{pipeline}» должен быть хотя бы один этап.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="142" />
            <source>Every stage of '{pipeline}' needs a name.</source>
            <translation>У каждого этапа воронки «{pipeline}» должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="147" />
            <source>Pipeline '{pipeline}' has two stages named '{name}'.</source>
            <translation>В воронке «{pipeline}» два этапа с названием «{name}».</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="157" />
            <source>Stage '{stage}' cannot be both kept and removed.</source>
            <translation>Этап «{stage}» нельзя одновременно оставить и удалить.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="162" />
            <source>The deals of removed stage '{stage}' must go to a stage that stays.</source>
            <translation>Сделки удаляемого этапа «{stage}» нужно перенести на этап, который останется.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="63" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>Воронки с id {pipeline_id} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="87" />
            <source>There is no pipeline named '{name}'. Pipelines: {names}.</source>
            <translation>Воронки «{name}» нет. Воронки: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="99" />
            <source>Pipeline '{pipeline}' has no stage named '{name}'. Stages: {names}.</source>
            <translation>В воронке «{pipeline}» нет этапа «{name}». Этапы: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="115" />
            <source>There is no future pipeline.</source>
            <translation>Нет воронки будущих продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="116" />
            <source>There is no sales pipeline.</source>
            <translation>Нет воронки продаж.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="124" />
            <source>A pipeline name is at most 200 characters.</source>
            <translation>Название воронки — не больше 200 символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="127" />
            <source>A stage needs a name.</source>
            <translation>У этапа должно быть название.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="128" />
            <source>A stage name is at most 200 characters.</source>
            <translation>Название этапа — не больше 200 символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="148" />
            <source>Days before a deal stalls must be a whole number of at least 1 (got {rot_days}).</source>
            <translation>Срок до зависания сделки — целое число дней, не меньше 1 (указано {rot_days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="160" />
            <source>Probability must be between 0 and 100 (got {probability}).</source>
            <translation>Вероятность должна быть от 0 до 100 (указано {probability}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="178" />
            <source>A pipeline kind is 'sales' or 'future' (got '{kind}').</source>
            <translation>Тип воронки: «sales» или «future» (указано «{kind}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="183" />
            <location filename="../../funnel/pipeline/pipelines.py" line="204" />
            <source>A pipeline named '{name}' already exists.</source>
            <translation>Воронка «{name}» уже есть.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="218" />
            <source>This pipeline already has a stage named '{name}'.</source>
            <translation>В этой воронке уже есть этап «{name}».</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="283" />
            <source>The new order must list every stage of the pipeline once.</source>
            <translation>В новом порядке каждый этап воронки должен быть указан ровно один раз.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="307" />
            <source>'{stage}' is the only stage of '{pipeline}'; keep one.</source>
            <translation>«{stage}» — единственный этап воронки «{pipeline}»; хотя бы один этап должен остаться.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="315" />
            <source>Stage '{stage}' holds {count} deal(s); choose a stage to move them to.</source>
            <translation>На этапе «{stage}» есть сделки ({count}); выберите этап, куда их перенести.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="324" />
            <source>Deals cannot be moved to the stage being removed.</source>
            <translation>Нельзя переносить сделки на удаляемый этап.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="53" />
            <source>A recurrence rule is at most {max_rule_length} characters.</source>
            <translation>Правило повтора — не больше {max_rule_length} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="60" />
            <source>'{shown}' is not a single recurrence rule; write only the RRULE part, such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>«{shown}» — не одно правило повтора; напишите только часть RRULE, например FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="69" />
            <source>'{shown}' is not a recurrence rule: it needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY), such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>«{shown}» — не правило повтора: нужен FREQ (DAILY, WEEKLY, MONTHLY или YEARLY), например FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="82" />
            <source>'{shown}' is not a valid recurrence rule (RFC 5545 RRULE, such as FREQ=WEEKLY;BYDAY=MO): {detail}.</source>
            <translation>«{shown}» — неверное правило повтора (RFC 5545 RRULE, например FREQ=WEEKLY;BYDAY=MO): {detail}.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="92" />
            <source>'{shown}' repeats more often than daily; a follow-up repeats daily, weekly, monthly or yearly.</source>
            <translation>«{shown}» повторяется чаще раза в день; дело может повторяться ежедневно, еженедельно, ежемесячно или ежегодно.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="104" />
            <source>'{shown}' never falls on a date in the five years from {start}.</source>
            <translation>«{shown}» не выпадает ни на одну дату в течение пяти лет с {start}.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="118" />
            <source>'{shown}' is not a valid recurrence rule: BYMONTH must be 1 to 12 (got {value}).</source>
            <translation>«{shown}» — неверное правило повтора: BYMONTH должен быть от 1 до 12 (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="134" />
            <source>'{shown}' is not a valid recurrence rule: {name} must be 1 to {high} (or -1 to -{high} from the end; got {value}).</source>
            <translation>«{shown}» — неверное правило повтора: {name} должен быть от 1 до {high} (или от -1 до -{high} с конца; указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="166" />
            <source>A weekday is 0 (Monday) to 6 (Sunday) (got {weekday}).</source>
            <translation>День недели — от 0 (понедельник) до 6 (воскресенье) (указано {weekday}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="179" />
            <source>A day of the month is 1 to 31 (got {day}).</source>
            <translation>День месяца — от 1 до 31 (указано {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="193" />
            <source>{day}/{month} is not a day of the year.</source>
            <translation>{day}.{month} — такой даты в году нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="66" />
            <source>Snooze to one of {names} (got '{choice}').</source>
            <translation>Отложить можно на: {names} (указано «{choice}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="99" />
            <source>Activity '{subject}' is already done; there is nothing to snooze.</source>
            <translation>Дело «{subject}» уже выполнено; откладывать нечего.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="108" />
            <source>Snooze to a local time, without a time zone.</source>
            <translation>Откладывайте на местное время, без часового пояса.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="112" />
            <source>Snooze to a moment later than now ({now_local}); {until} has passed.</source>
            <translation>Откладывайте на время позже текущего ({now_local}); {until} уже прошло.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="122" />
            <source>Snooze to today or a later day; {until} has passed.</source>
            <translation>Отложите на сегодня или на более поздний день; {until} уже прошло.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="133" />
            <source>Snoozing moves a follow-up later, and '{subject}' is already due {due}; edit it to bring it forward.</source>
            <translation>Отложить можно только на более поздний срок, а «{subject}» уже назначено на {due}; чтобы перенести раньше, измените дело.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaign_export.py" line="106" />
            <source>Export to .csv, .xlsx or .vcf (got '{name}').</source>
            <translation>Выгрузка возможна в .csv, .xlsx или .vcf (указано «{name}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaign_export.py" line="142" />
            <source>None of these clients has an e-mail.</source>
            <translation>Ни у одного из этих клиентов нет e-mail.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaign_export.py" line="145" />
            <source>mailto: takes at most {max} addresses; export a file for {count}.</source>
            <translation>mailto: вмещает не больше {max} адресов; для {count} выгрузите файл.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_sets.py" line="60" />
            <source>A client set is one of {kinds}; this one is not understood: {definition}.</source>
            <translation>Набор клиентов — одно из: {kinds}; этот непонятен: {definition}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_sets.py" line="166" />
            <source>This list can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Этот список сортируется по {choices} (указано «{sort_key}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/edits.py" line="53" />
            <source>Client '{name}' has changed since; it cannot be undone.</source>
            <translation>Клиент «{name}» с тех пор изменился; отменить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/edits.py" line="63" />
            <source>Client '{name}' has changed since; it cannot be redone.</source>
            <translation>Клиент «{name}» с тех пор изменился; повторить действие нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/pareto.py" line="50" />
            <source>ABC limits are two percentages, the first below the second (got {value}).</source>
            <translation>Границы ABC — два процента, первый меньше второго (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/pareto.py" line="150" />
            <source>The period starts on {start}, after its end {end}.</source>
            <translation>Период начинается {start}, позже своего конца {end}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/pareto.py" line="214" />
            <source>An ABC class is A, B or C (got '{cls}').</source>
            <translation>Класс ABC — это A, B или C (указано «{cls}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="64" />
            <source>A matrix cell is one of {cells} (got '{cell}').</source>
            <translation>Ячейка матрицы — одна из {cells} (указано «{cell}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="100" />
            <source>The {what} limits are two growing whole numbers from {low} (got {value}).</source>
            <translation>Границы ({what}) — два возрастающих целых числа от {low} (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="129" />
            <source>The active-clients target is a percentage from 0 to 100 (got {value}).</source>
            <translation>Цель по активным клиентам — процент от 0 до 100 (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="140" />
            <source>A cell name is at most 60 characters ('{name}').</source>
            <translation>Название ячейки — не длиннее 60 символов («{name}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/demo/demo_file.py" line="45" />
            <source>{path} already holds deals and is not a demo file; it is left alone.</source>
            <translation>В {path} уже есть сделки, и это не демо-файл; он не тронут.</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="67" />
            <source>Export formats are csv and xlsx (got '{format}').</source>
            <translation>Форматы выгрузки — csv и xlsx (указано «{format}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="88" />
            <source>Export encodings are {choices} (got '{encoding}').</source>
            <translation>Кодировки выгрузки: {choices} (указано «{encoding}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="104" />
            <source>Row {row} has '{text}', which {encoding} cannot hold; export as UTF-8 instead.</source>
            <translation>В строке {row} есть «{text}», который нельзя записать в {encoding}; выгрузите в UTF-8.</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="116" />
            <location filename="../../funnel/exports/files.py" line="163" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Не удаётся записать {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/tables.py" line="151" />
            <source>Funnel exports {choices} (got '{kind}').</source>
            <translation>Funnel выгружает: {choices} (указано «{kind}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/bounds.py" line="48" />
            <source>The due date {day} is outside the years Funnel handles ({first}–{last}).</source>
            <translation>Срок {day} выходит за годы, с которыми работает Funnel ({first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/bounds.py" line="51" />
            <source>The return date {day} is outside the years Funnel handles ({first}–{last}).</source>
            <translation>Дата возврата {day} выходит за годы, с которыми работает Funnel ({first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/bounds.py" line="72" />
            <source>'{shown}' is not a valid recurrence rule: {name} must be {low} to {high} (got {value}).</source>
            <translation>«{shown}» — неверное правило повторения: {name} должно быть от {low} до {high} (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/clients.py" line="103" />
            <source>'{field}' is not a field clients are imported into. Fields: {fields}.</source>
            <translation>«{field}» — не поле клиента для импорта. Поля: {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/clients.py" line="112" />
            <source>Choose the columns of {name} that hold the client's name, phone or e-mail.</source>
            <translation>Выберите столбцы файла {name} с именем, телефоном или e-mail клиента.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/bad_rows.py" line="15" />
            <source>{count} row(s) of {file} cannot be imported; nothing was written. Fix them or skip the bad rows.</source>
            <translation>Строк файла {file}, которые нельзя импортировать: {count}; ничего не записано. Исправьте их или пропустите ошибочные строки.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/clients.py" line="282" />
            <source>{file} has no clients to import.</source>
            <translation>В файле {file} нет клиентов для импорта.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/currency.py" line="45" />
            <source>The file has no currency column and no home currency is set: say which currency its amounts are in (for example --currency RUB).</source>
            <translation>В файле нет столбца валюты, а основная валюта не задана: укажите валюту сумм (например, --currency RUB).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="138" />
            <source>'{field}' is not a field purchases are imported from. Fields: {fields}.</source>
            <translation>«{field}» — не поле для импорта покупок. Поля: {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="147" />
            <source>Choose the column of {name} that says who bought: a customer id, name, phone or e-mail (for example --map client=CustomerID).</source>
            <translation>Выберите столбец файла {name}, по которому видно покупателя: ID клиента, имя, телефон или e-mail (например, --map client=CustomerID).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="156" />
            <source>Choose the column of {name} that holds the date (--map date=COLUMN).</source>
            <translation>Выберите столбец файла {name} с датой (--map date=СТОЛБЕЦ).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="163" />
            <source>Choose the column of {name} with the amount, or both quantity and price.</source>
            <translation>Выберите столбец файла {name} с суммой или оба столбца: количество и цену.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="390" />
            <source>{file} has no new purchases to import.</source>
            <translation>В файле {file} нет новых покупок для импорта.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="172" />
            <source>{name} line {line}: END:VCARD without a BEGIN:VCARD.</source>
            <translation>{name}, строка {line}: END:VCARD без BEGIN:VCARD.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="193" />
            <source>{name} line {line}: this card has no END:VCARD; the file is cut or damaged. Nothing was imported.</source>
            <translation>{name}, строка {line}: у этой карточки нет END:VCARD; файл обрезан или повреждён. Ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="265" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>Не удаётся прочитать {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="273" />
            <source>{name} holds no contact cards (BEGIN:VCARD).</source>
            <translation>В файле {name} нет карточек контактов (BEGIN:VCARD).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="54" />
            <source>There is no file {path}.</source>
            <translation>Файла {path} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="58" />
            <source>{name} is not an Excel workbook: it holds plain text (perhaps a CSV file renamed). Save it as .xlsx, or rename it to .csv.</source>
            <translation>{name} — не книга Excel: в нём простой текст (возможно, переименованный CSV). Сохраните его как .xlsx или переименуйте в .csv.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="69" />
            <source>{name} cannot be read as a workbook: {reason}.</source>
            <translation>{name} не читается как книга Excel: {reason}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="83" />
            <source>{name} has no sheets.</source>
            <translation>В файле {name} нет листов.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="90" />
            <source>{name} has no sheet '{sheet}'. Its sheets are: {sheets}.</source>
            <translation>В файле {name} нет листа «{sheet}». Его листы: {sheets}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="127" />
            <source>{where} is empty: there is no header row.</source>
            <translation>{where} пуст: нет строки заголовков.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/templates.py" line="117" />
            <source>There is no funnel template '{key}'.</source>
            <translation>Нет шаблона воронки «{key}».</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/templates.py" line="138" />
            <source>{file} has no stage column that Funnel recognises. Its columns: {columns}.</source>
            <translation>В {file} нет колонки этапа, которую Funnel узнаёт. Колонки файла: {columns}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/templates.py" line="163" />
            <source>{file} has no open deal with a stage to learn from.</source>
            <translation>В {file} нет открытых сделок с этапом, по которым можно собрать воронку.</translation>
        </message>
        <message>
            <location filename="../../funnel/reports/period.py" line="47" />
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>Период заканчивается {end}, раньше, чем начинается ({start}).</translation>
        </message>
        <message>
            <location filename="../../funnel/reports/period.py" line="55" />
            <source>A report covers at most three years (asked: {start} to {end}).</source>
            <translation>Отчёт охватывает не больше трёх лет (запрошено: с {start} по {end}).</translation>
        </message>
        <message>
            <location filename="../../funnel/store/db.py" line="112" />
            <source>{path} holds no Funnel data (it may be an unfinished copy or backup); it was left untouched.</source>
            <translation>В {path} нет данных Funnel (возможно, это недописанная копия или резервная копия); файл не тронут.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/db.py" line="224" />
            <source>There is no Funnel database at {path}.</source>
            <translation>По пути {path} нет базы Funnel.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/db.py" line="236" />
            <source>{path} was made by an older Funnel and must be upgraded, but it is read-only.</source>
            <translation>{path} создан старой версией Funnel и требует обновления, но файл доступен только для чтения.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/paths.py" line="38" />
            <source>'{url}' is not a plain SQLite file URL; write sqlite:///PATH or just the path.</source>
            <translation>«{url}» — не простой адрес файла SQLite; укажите sqlite:///ПУТЬ или просто путь.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/paths.py" line="74" />
            <source>Funnel cannot open '{scheme}://' databases; give the path of a Funnel file or a postgresql:// team server address.</source>
            <translation>Funnel не открывает базы '{scheme}://'; укажите путь к файлу Funnel или адрес командного сервера postgresql://.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="106" />
            <source>A name can be at most {limit} characters long.</source>
            <translation>Имя может быть не длиннее {limit} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="112" />
            <source>'{value}' is not a currency code: use three letters such as RUB or USD.</source>
            <translation>«{value}» — не код валюты: нужны три буквы, например RUB или USD.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="120" />
            <source>'{value}' is not a region code: use two letters such as RU or BR.</source>
            <translation>«{value}» — не код страны: нужны две буквы, например RU или BR.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="139" />
            <source>Another salesperson is already named '{name}'.</source>
            <translation>Другого продавца уже зовут «{name}».</translation>
        </message>
        <message>
            <location filename="../../funnel/store/sqlite.py" line="38" />
            <source>The disk is full: nothing was written.</source>
            <translation>Диск заполнен: ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/sqlite.py" line="39" />
            <source>Another program is writing to {path}; nothing was written. Try again in a moment.</source>
            <translation>Другая программа сейчас записывает в {path}; ничего не записано. Повторите чуть позже.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/sqlite.py" line="43" />
            <source>{path} is read-only: it can be looked at, but nothing can be changed.</source>
            <translation>{path} доступен только для чтения: смотреть можно, изменять нельзя.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="143" />
            <source>Client {client_id} was already merged into client {target_id}.</source>
            <translation>Клиент {client_id} уже объединён с клиентом {target_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="154" />
            <source>Name at least one client to merge.</source>
            <translation>Укажите хотя бы одного клиента для объединения.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="157" />
            <source>Client {client_id} cannot be merged into itself.</source>
            <translation>Клиента {client_id} нельзя объединить с самим собой.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="161" />
            <source>A client is named twice.</source>
            <translation>Клиент указан дважды.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="165" />
            <source>'{field}' is not a client field a merge can choose ({fields}).</source>
            <translation>«{field}» — не поле клиента, которое можно выбрать при объединении ({fields}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="173" />
            <source>The value of '{field}' must come from one of the merged clients.</source>
            <translation>Значение «{field}» должно браться у одного из объединяемых клиентов.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="313" />
            <source>There is no merge {merge_id} to undo.</source>
            <translation>Нет объединения {merge_id}, которое можно отменить.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="328" />
            <source>Merge {merge_id} cannot be undone before the merges made after it.</source>
            <translation>Объединение {merge_id} нельзя отменить раньше сделанных после него.</translation>
        </message>
        <message>
            <location filename="../../funnel/currencies.py" line="33" />
            <source>'{value}' is not a currency code: use three letters such as EUR, RUB or BRL.</source>
            <translation>«{value}» — не код валюты: укажите три буквы, например EUR, RUB или BRL.</translation>
        </message>
        <message>
            <location filename="../../funnel/currencies.py" line="41" />
            <source>'{value}' is not a known currency (ISO 4217 codes such as EUR, RUB, BRL).</source>
            <translation>Валюта «{value}» неизвестна (нужен код ISO 4217, например EUR, RUB, BRL).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/control_group.py" line="33" />
            <source>The held-out share is 0 to {max} per cent of the clients (got {value}).</source>
            <translation>Контрольная доля — от 0 до {max} процентов клиентов (указано {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/cancelling.py" line="42" />
            <source>Follow-ups are either 'cancel' or 'keep' (got '{value}').</source>
            <translation>Дела: либо 'cancel', либо 'keep' (указано '{value}').</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="106" />
            <source>Reason {line} is empty; type a reason or remove the line.</source>
            <translation>Причина {line} пуста: впишите причину или удалите строку.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="113" />
            <source>Reason {line} is longer than {limit} characters.</source>
            <translation>Причина {line} длиннее {limit} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="131" />
            <source>Reasons {first} and {second} are the same: '{text}'.</source>
            <translation>Причины {first} и {second} совпадают: «{text}».</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="154" />
            <source>Reason {line} was removed meanwhile; reopen the list.</source>
            <translation>Причину {line} тем временем удалили; откройте список заново.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="105" />
            <source>'{value}' is not a rate: write a number such as 5.45.</source>
            <translation>«{value}» — не курс: введите число, например 5,45.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="110" />
            <source>A rate must be more than zero (got '{value}').</source>
            <translation>Курс должен быть больше нуля (введено «{value}»).</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="116" />
            <source>'{value}' is out of range: a rate is below one billion, with at most {places} decimal places.</source>
            <translation>«{value}» вне допустимого диапазона: курс меньше миллиарда, не более {places} знаков после запятой.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="140" />
            <source>{currency} is the home currency: totals are counted in it, it needs no rate.</source>
            <translation>{currency} — основная валюта: итоги считаются в ней, курс для неё не нужен.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="207" />
            <source>There is no rate for {currency}.</source>
            <translation>Курса для {currency} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="210" />
            <source>There is no rate for {currency} on {day}.</source>
            <translation>Курса для {currency} на {day} нет.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="24" />
            <source>{what} was changed by {who} a moment ago; nothing was written. Reload?</source>
            <translation>{what} только что изменил(а) {who}; ничего не записано. Загрузить заново?</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="27" />
            <source>{what} was changed elsewhere a moment ago; nothing was written. Reload?</source>
            <translation>{what} только что изменили в другом месте; ничего не записано. Загрузить заново?</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="30" />
            <source>{what} belongs to {who}; only they or a manager can change it.</source>
            <translation>{what} принадлежит пользователю {who}; изменить может только он или руководитель.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="33" />
            <source>{what} belongs to someone else; only they or a manager can change it.</source>
            <translation>{what} принадлежит другому пользователю; изменить может только он или руководитель.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/copy_to.py" line="42" />
            <source>The team database {path} already holds data ({table}: {count} rows); copy-to only fills an empty one, so nothing was copied.</source>
            <translation>В командной базе {path} уже есть данные ({table}: строк {count}); copy-to заполняет только пустую базу, поэтому ничего не скопировано.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/copy_to.py" line="47" />
            <source>The copy did not match the file ({what}); nothing was copied.</source>
            <translation>Копия не совпала с файлом ({what}); ничего не скопировано.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="34" />
            <source>{path} can be looked at, but nothing can be changed.</source>
            <translation>{path} можно просматривать, но ничего нельзя изменить.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="35" />
            <source>The team server {path} cannot be reached; nothing was written. ({why})</source>
            <translation>Командный сервер {path} недоступен; ничего не записано. ({why})</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="38" />
            <source>The team server {path} refused the user name or password.</source>
            <translation>Командный сервер {path} не принял имя пользователя или пароль.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="41" />
            <source>Your role on {path} does not allow this; nothing was written.</source>
            <translation>Ваша роль в {path} этого не позволяет; ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="44" />
            <source>Your role on {path} does not allow this change to {table}; nothing was written.</source>
            <translation>Ваша роль на {path} не позволяет так изменить {table}; ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="48" />
            <source>{table}: the record would belong to someone else, which your role does not allow; nothing was written.</source>
            <translation>{table}: запись принадлежала бы другому пользователю, а ваша роль этого не позволяет; ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="53" />
            <source>Someone else changed the same records at the same moment; nothing was written. Try again.</source>
            <translation>Кто-то другой в тот же момент изменил те же записи; ничего не записано. Попробуйте ещё раз.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="57" />
            <source>There is no database {database} on the team server {path}; ask its administrator to create it, then run 'funnel team init'.</source>
            <translation>На командном сервере {path} нет базы {database}; попросите администратора создать её, затем выполните 'funnel team init'.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="62" />
            <source>The team server's disk is full: nothing was written.</source>
            <translation>Диск командного сервера заполнен: ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_address.py" line="57" />
            <source>'{url}' is not a team server address: {why}.</source>
            <translation>'{url}' — не адрес командного сервера: {why}.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="34" />
            <source>The database {path} has no Funnel data yet; run 'funnel team init {path}' as its owner, or connect as a manager to set it up.</source>
            <translation>В базе {path} ещё нет данных Funnel; выполните 'funnel team init {path}' от имени её владельца или подключитесь как менеджер, чтобы подготовить её.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="39" />
            <source>The database {path} holds another program's tables, not Funnel's; it was left untouched.</source>
            <translation>В базе {path} таблицы другой программы, а не Funnel; она не тронута.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="43" />
            <source>{path} was set up by a newer version of Funnel (schema {revision}); update Funnel to open it.</source>
            <translation>{path} создана более новой версией Funnel (схема {revision}); обновите Funnel, чтобы открыть её.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="48" />
            <source>{path} was set up by an earlier version of Funnel (schema {revision}) and must be upgraded by the login that owns its tables (the one that ran 'funnel team init'): ask them to open it once with this version, then connect again. Nothing was changed.</source>
            <translation>База {path} создана более ранней версией Funnel (схема {revision}), и обновить её может только владелец её таблиц (тот, кто запускал «funnel team init»): попросите его один раз открыть её этой версией, затем подключитесь снова. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="30" />
            <source>team commands need a team server address (postgresql://…).</source>
            <translation>команды team работают только с адресом командного сервера (postgresql://…).</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="33" />
            <source>Only a manager may add team members.</source>
            <translation>Добавлять участников команды может только руководитель.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="34" />
            <source>Only a manager may disable team members.</source>
            <translation>Отключать участников команды может только руководитель.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="35" />
            <source>'{login}' cannot be a login: use 1 to 63 lower-case Latin letters, digits, '_', '.' or '-', starting with a letter.</source>
            <translation>«{login}» не может быть логином: используйте от 1 до 63 строчных латинских букв, цифр, «_», «.» или «-», начиная с буквы.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="40" />
            <source>The login '{login}' already exists on this server; nothing was changed.</source>
            <translation>Логин «{login}» уже есть на этом сервере; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="43" />
            <source>There is no team member with the login '{login}'.</source>
            <translation>Нет участника команды с логином «{login}».</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="44" />
            <source>There is no owner named '{name}'.</source>
            <translation>Нет ответственного с именем «{name}».</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="45" />
            <source>The owner '{name}' already signs in as '{login}'.</source>
            <translation>Ответственный «{name}» уже входит как «{login}».</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="46" />
            <source>A role is 'salesperson' or 'manager', not '{role}'.</source>
            <translation>Роль — «salesperson» или «manager», а не «{role}».</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="47" />
            <source>A password needs at least {count} characters.</source>
            <translation>Пароль должен содержать не меньше {count} символов.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="48" />
            <source>A team member needs a name.</source>
            <translation>У участника команды должно быть имя.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="49" />
            <source>There is already an owner named '{name}'; pass it as the owner to link it.</source>
            <translation>Ответственный «{name}» уже есть; укажите его как ответственного, чтобы связать с логином.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="52" />
            <source>You cannot disable your own login.</source>
            <translation>Нельзя отключить собственный логин.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/handover.py" line="154" />
            <location filename="../../funnel/deals/handover_server.py" line="35" />
            <source>There is no active owner with id {owner_id}.</source>
            <translation>Нет активного ответственного с id {owner_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/handover_server.py" line="31" />
            <source>{who} now owns {what}; ask them or a manager to hand it back.</source>
            <translation>{what} теперь принадлежит пользователю {who}; попросите его или руководителя вернуть сделку.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/exports/dialog.py" line="52" />
            <source>Export</source>
            <translation>Выгрузка</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="55" />
            <source>Clients (the list as filtered)</source>
            <translation>Клиенты (список с его фильтрами)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="56" />
            <source>Deals (the list as filtered)</source>
            <translation>Сделки (список с его фильтрами)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="57" />
            <source>Purchases of the listed clients</source>
            <translation>Покупки клиентов из списка</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="61" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Книга Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="62" />
            <source>CSV, UTF-8 (opens right in Excel)</source>
            <translation>CSV, UTF-8 (правильно открывается в Excel)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="63" />
            <source>CSV, Windows-1251</source>
            <translation>CSV, Windows-1251</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="66" />
            <source>Cells that begin like a formula (=, +, -, @) are written as text, so no spreadsheet runs them.</source>
            <translation>Ячейки, начинающиеся как формула (=, +, -, @), записываются как текст, чтобы ни одна таблица их не выполнила.</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="82" />
            <source>Export:</source>
            <translation>Выгрузить:</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="83" />
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="103" />
            <source>Export to</source>
            <translation>Выгрузить в</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="120" />
            <source>Exporting…</source>
            <translation>Выгружаем…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exports/dialog.py" line="131" />
            <source>%n row(s) written to %1.</source>
            <translation>
                <numerusform>%n строка записана в %1.</numerusform>
                <numerusform>%n строки записаны в %1.</numerusform>
                <numerusform>%n строк записано в %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="106" />
            <location filename="../../ui/imports/pages.py" line="161" />
            <source>Choose a CSV file</source>
            <translation>Выберите файл CSV</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="109" />
            <source>Export your deals from Excel, amoCRM, Kommo, Pipedrive or another CRM as CSV, then choose the file here.</source>
            <translation>Выгрузите сделки из Excel, amoCRM, Kommo, Pipedrive или другой CRM в CSV и выберите файл здесь.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="115" />
            <source>Path to a .csv file</source>
            <translation>Путь к файлу .csv</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="116" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="122" />
            <source>Comma ( , )</source>
            <translation>Запятая ( , )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="123" />
            <source>Semicolon ( ; )</source>
            <translation>Точка с запятой ( ; )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="124" />
            <source>Tab</source>
            <translation>Табуляция</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="134" />
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="135" />
            <source>Encoding:</source>
            <translation>Кодировка:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="136" />
            <source>Delimiter:</source>
            <translation>Разделитель:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="163" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="183" />
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
        <name>FirstStart</name>
        <message>
            <location filename="../../ui/firststart/badge.py" line="16" />
            <source>Demo data</source>
            <translation>Демо-данные</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/badge.py" line="20" />
            <source>This is a separate file of made-up deals to explore. Your own file is untouched: open it again from File › Open recent.</source>
            <translation>Это отдельный файл с выдуманными сделками для знакомства. Ваш файл не тронут: откройте его снова через Файл › Открыть недавний.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartAssistant</name>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="120" />
            <source>Getting started</source>
            <translation>Первые шаги</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="121" />
            <source>Welcome to Funnel</source>
            <translation>Добро пожаловать в Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="122" />
            <source>Skip this step</source>
            <translation>Пропустить шаг</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="123" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="131" />
            <source>About you</source>
            <translation>О вас</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="131" />
            <source>Your funnel</source>
            <translation>Ваша воронка</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="131" />
            <source>Your data</source>
            <translation>Ваши данные</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="133" />
            <source>Step %1 of %2: %3</source>
            <translation>Шаг %1 из %2: %3</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="139" />
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="139" />
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="140" />
            <source>Start empty</source>
            <translation>Начать с чистого листа</translation>
        </message>
    </context>
    <context>
        <name>FollowupSettings</name>
        <message>
            <location filename="../../ui/settings/followups.py" line="46" />
            <source>Follow-ups and reminders</source>
            <translation>Дела и напоминания</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="61" />
            <source>When a follow-up that has a date but no time is reminded of</source>
            <translation>Когда напоминать о деле, у которого есть дата, но нет времени</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="64" />
            <source>Closing the window keeps Funnel running in the tray</source>
            <translation>При закрытии окна Funnel остаётся в трее</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="68" />
            <source>This desktop shows no tray icons.</source>
            <translation>Этот рабочий стол не показывает значки в трее.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="69" />
            <source>Start Funnel at login, in the tray</source>
            <translation>Запускать Funnel при входе в систему, в трее</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="74" />
            <source>Hand follow-ups overdue by more than</source>
            <translation>Если просрочено больше</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="79" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="95" />
            <source>to</source>
            <translation>передать:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="98" />
            <source>Both the owner and the backup are told. Off unless checked.</source>
            <translation>Узнают и ответственный, и заместитель. Без отметки не действует.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="103" />
            <source>Remind of date-only follow-ups at</source>
            <translation>Напоминать о делах без времени в</translation>
        </message>
    </context>
    <context>
        <name>Followups</name>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="51" />
            <source>d MMMM</source>
            <comment>day and month: 23 November</comment>
            <translation>d MMMM</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="19" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="20" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="21" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="22" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="29" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 23 Feb 2027</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="38" />
            <source>ddd d MMM</source>
            <comment>weekday, day and month: Wed 25 Nov</comment>
            <translation>ddd, d MMM</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="42" />
            <source>ddd d MMM yyyy</source>
            <comment>weekday, day, month and year: Wed 25 Nov 2027</comment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="61" />
            <source>%1, %2</source>
            <comment>day, time</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="69" />
            <source>ddd d MMM yyyy</source>
            <comment>a date box: Wed 25 Nov 2026</comment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>FollowupsBox</name>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="20" />
            <source>Cancel its %n open follow-up(s) (the call-back is kept)</source>
            <translation>
                <numerusform>Отменить %n открытую задачу (обратный звонок останется)</numerusform>
                <numerusform>Отменить %n открытые задачи (обратный звонок останется)</numerusform>
                <numerusform>Отменить %n открытых задач (обратный звонок останется)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="22" />
            <source>Cancel their %n open follow-up(s)</source>
            <translation>
                <numerusform>Отменить их %n открытую задачу</numerusform>
                <numerusform>Отменить их %n открытые задачи</numerusform>
                <numerusform>Отменить их %n открытых задач</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="24" />
            <source>Cancel its %n open follow-up(s)</source>
            <translation>
                <numerusform>Отменить %n открытую задачу</numerusform>
                <numerusform>Отменить %n открытые задачи</numerusform>
                <numerusform>Отменить %n открытых задач</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/followups_box.py" line="27" />
            <source>Cancelled follow-ups leave Today and reminders; Undo brings them back.</source>
            <translation>Отменённые задачи уходят из «Сегодня» и напоминаний; «Отменить действие» вернёт их.</translation>
        </message>
    </context>
    <context>
        <name>FunnelStep</name>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="44" />
            <source>B2B services</source>
            <translation>Услуги для бизнеса (B2B)</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="45" />
            <source>Retail / shop</source>
            <translation>Розница / магазин</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="46" />
            <source>Real estate</source>
            <translation>Недвижимость</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="47" />
            <source>Education / courses</source>
            <translation>Обучение / курсы</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="48" />
            <source>The one I have in amoCRM / Pipedrive…</source>
            <translation>Моя воронка из amoCRM / Pipedrive…</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="120" />
            <source>Pick the stages a deal goes through. Change names, stall days and probabilities right here, or later in Pipeline › Edit pipeline.</source>
            <translation>Выберите этапы, через которые проходит сделка. Названия, дни до зависания и вероятности можно поменять прямо здесь или позже в меню Воронка › Изменить воронку.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="128" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="128" />
            <source>Stalled after, days</source>
            <translation>Зависает через, дней</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="128" />
            <source>Probability, %</source>
            <translation>Вероятность, %</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="133" />
            <source>A deal left longer in this stage is marked stalled; 0: never.</source>
            <translation>Сделка, которая дольше стоит на этапе, отмечается как зависшая; 0 — никогда.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="135" />
            <source>Add stage</source>
            <translation>Добавить этап</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="136" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="137" />
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="138" />
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="141" />
            <source>A Future sales pipeline is always added too: clients who are not ready this month wait there with a day to call them back.</source>
            <translation>Воронка «Будущие продажи» добавляется всегда: там ждут клиенты, не готовые купить в этом месяце, с датой, когда им перезвонить.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="176" />
            <source>New stage</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="212" />
            <source>Stage %1 needs a name.</source>
            <translation>У этапа %1 нет названия.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="216" />
            <source>Stage '%1': stall days must be 0 or more and the probability between 0 and 100.</source>
            <translation>Этап «%1»: дни до зависания — 0 или больше, вероятность — от 0 до 100.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="243" />
            <source>The export of your deals from amoCRM, Kommo or Pipedrive</source>
            <translation>Выгрузка ваших сделок из amoCRM, Kommo или Pipedrive</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="245" />
            <source>Tables (*.csv *.txt);;All files (*)</source>
            <translation>Таблицы (*.csv *.txt);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>FutureBoard</name>
        <message>
            <location filename="../../ui/board/future.py" line="36" />
            <source>Return overdue</source>
            <translation>Возврат просрочен</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="37" />
            <source>This month</source>
            <translation>В этом месяце</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="38" />
            <source>Next month</source>
            <translation>В следующем месяце</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="39" />
            <source>In 2–3 months</source>
            <translation>Через 2–3 месяца</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="40" />
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="80" />
            <source>before %1</source>
            <translation>до %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="84" />
            <source>from %1</source>
            <translation>с %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="87" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="100" />
            <source>Deals whose return date falls in this range</source>
            <translation>Сделки, дата возврата которых попадает в этот период</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="105" />
            <source>The return date has passed: bring these deals back or park them again</source>
            <translation>Дата возврата прошла: верните эти сделки в воронку или отложите снова</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="125" />
            <source>%1 parked deals</source>
            <translation>Отложенных сделок: %1</translation>
        </message>
    </context>
    <context>
        <name>FutureBuckets</name>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="103" />
            <source>%n return overdue</source>
            <translation>
                <numerusform>%n возврат просрочен</numerusform>
                <numerusform>%n возврата просрочены</numerusform>
                <numerusform>%n возвратов просрочено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="115" />
            <source>Parked deals: %Ln</source>
            <translation>
                <numerusform>Отложенных сделок: %Ln</numerusform>
                <numerusform>Отложенных сделок: %Ln</numerusform>
                <numerusform>Отложенных сделок: %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandedNotices</name>
        <message>
            <location filename="../../ui/reminders/handed.py" line="20" />
            <source>%1 handed you “%2”</source>
            <translation>%1 передаёт вам «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/handed.py" line="22" />
            <source>“%2” was handed to you</source>
            <translation>Вам передана сделка «%2»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/handed.py" line="25" />
            <source>%n open follow-up(s)</source>
            <translation>
                <numerusform>%n открытое дело</numerusform>
                <numerusform>%n открытых дела</numerusform>
                <numerusform>%n открытых дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders/handed.py" line="26" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/handed.py" line="31" />
            <source>%n deal(s) handed to you</source>
            <translation>
                <numerusform>Вам передана %n сделка</numerusform>
                <numerusform>Вам переданы %n сделки</numerusform>
                <numerusform>Вам передано %n сделок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="203" />
            <source>Imported %n deal(s).</source>
            <translation>
                <numerusform>Импортирована %n сделка.</numerusform>
                <numerusform>Импортированы %n сделки.</numerusform>
                <numerusform>Импортировано %n сделок.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="205" />
            <source>New clients: %1, new stages: %2, new pipelines: %3.</source>
            <translation>Новых клиентов: %1, новых этапов: %2, новых воронок: %3.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="23" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="28" />
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="43" />
            <location filename="../../ui/imports/import_page.py" line="64" />
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="51" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="58" />
            <source>Waiting for another program to finish writing to this file…</source>
            <translation>Ждём, пока другая программа закончит запись в этот файл…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="71" />
            <source>The import was cancelled. Nothing was written.</source>
            <translation>Импорт отменён. Ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="78" />
            <source>The import failed: %1
Nothing was written.</source>
            <translation>Импорт не удался: %1
Ничего не записано.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="42" />
            <source>Deal title</source>
            <translation>Название сделки</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="43" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="44" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="45" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="46" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="47" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="48" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="49" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="50" />
            <source>Created on</source>
            <translation>Дата создания</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="51" />
            <source>In stage since</source>
            <translation>На этапе с</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="52" />
            <source>Closed on</source>
            <translation>Дата закрытия</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="53" />
            <source>Status (won/lost)</source>
            <translation>Статус (успешно/проиграна)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="54" />
            <source>Client's phone</source>
            <translation>Телефон клиента</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="55" />
            <source>Client's e-mail</source>
            <translation>E-mail клиента</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="230" />
            <location filename="../../ui/imports/wizard.py" line="304" />
            <source>Import deals</source>
            <translation>Импорт сделок</translation>
        </message>
    </context>
    <context>
        <name>KeyTour</name>
        <message>
            <location filename="../../ui/firststart/tour.py" line="18" />
            <source>Keys: &lt;b&gt;arrows&lt;/b&gt; walk the cards · &lt;b&gt;Enter&lt;/b&gt; opens one · &lt;b&gt;Alt+→ / Alt+←&lt;/b&gt; move it a stage · &lt;b&gt;Ctrl+N&lt;/b&gt; new deal</source>
            <translation>Клавиши: &lt;b&gt;стрелки&lt;/b&gt; — по карточкам · &lt;b&gt;Enter&lt;/b&gt; открывает · &lt;b&gt;Alt+→ / Alt+←&lt;/b&gt; — на этап вперёд/назад · &lt;b&gt;Ctrl+N&lt;/b&gt; — новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="23" />
            <source>Keys: &lt;b&gt;↑ ↓&lt;/b&gt; walk the list · &lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;S&lt;/b&gt; snooze · &lt;b&gt;N&lt;/b&gt; next step · &lt;b&gt;Enter&lt;/b&gt; opens the deal</source>
            <translation>Клавиши: &lt;b&gt;↑ ↓&lt;/b&gt; — по списку · &lt;b&gt;D&lt;/b&gt; — выполнено · &lt;b&gt;S&lt;/b&gt; — отложить · &lt;b&gt;N&lt;/b&gt; — следующий шаг · &lt;b&gt;Enter&lt;/b&gt; открывает сделку</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="28" />
            <source>Keys: &lt;b&gt;Enter&lt;/b&gt; opens the selected deal · &lt;b&gt;Ctrl+F&lt;/b&gt; finds any deal or client · &lt;b&gt;Ctrl+N&lt;/b&gt; new deal</source>
            <translation>Клавиши: &lt;b&gt;Enter&lt;/b&gt; открывает выбранную сделку · &lt;b&gt;Ctrl+F&lt;/b&gt; — поиск сделок и клиентов · &lt;b&gt;Ctrl+N&lt;/b&gt; — новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="33" />
            <source>Keys: &lt;b&gt;Enter&lt;/b&gt; opens the selected client · &lt;b&gt;Ctrl+F&lt;/b&gt; finds any client or deal</source>
            <translation>Клавиши: &lt;b&gt;Enter&lt;/b&gt; открывает выбранного клиента · &lt;b&gt;Ctrl+F&lt;/b&gt; — поиск клиентов и сделок</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="37" />
            <source>Keys: &lt;b&gt;Enter&lt;/b&gt; starts the review; then &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;7&lt;/b&gt; decide, &lt;b&gt;N&lt;/b&gt; next step, &lt;b&gt;W&lt;/b&gt; won, &lt;b&gt;L&lt;/b&gt; lost, &lt;b&gt;Enter&lt;/b&gt; keeps the deal</source>
            <translation>Клавиши: &lt;b&gt;Enter&lt;/b&gt; начинает разбор; дальше &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;7&lt;/b&gt; — решение, &lt;b&gt;N&lt;/b&gt; — следующий шаг, &lt;b&gt;W&lt;/b&gt; — выиграна, &lt;b&gt;L&lt;/b&gt; — проиграна, &lt;b&gt;Enter&lt;/b&gt; — оставить как есть</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="71" />
            <source>Got it</source>
            <translation>Понятно</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <location filename="../../ui/help/keys.py" line="18" />
            <source>Mark the follow-up done</source>
            <translation>Отметить дело выполненным</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="19" />
            <source>Snooze it</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="20" />
            <source>Schedule the next step</source>
            <translation>Назначить следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="21" />
            <location filename="../../ui/help/keys.py" line="28" />
            <location filename="../../ui/help/keys.py" line="33" />
            <source>Open the deal</source>
            <translation>Открыть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="22" />
            <source>Bring a parked deal back</source>
            <translation>Вернуть отложенную сделку</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="23" />
            <location filename="../../ui/help/keys.py" line="34" />
            <location filename="../../ui/help/keys.py" line="39" />
            <source>Walk the list</source>
            <translation>Перемещаться по списку</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="26" />
            <source>Move the deal to the next stage</source>
            <translation>Перенести сделку на следующий этап</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="27" />
            <source>Move the deal to the previous stage</source>
            <translation>Перенести сделку на предыдущий этап</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="29" />
            <source>Walk the cards</source>
            <translation>Перемещаться по карточкам</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="30" />
            <source>Not ready this month: park the deal</source>
            <translation>Не готов в этом месяце: отложить сделку</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="35" />
            <source>Select several deals</source>
            <translation>Выбрать несколько сделок</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="38" />
            <source>Open the client</source>
            <translation>Открыть клиента</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="42" />
            <source>Start the review; in it: keep the deal as it is</source>
            <translation>Начать разбор; в разборе — оставить сделку как есть</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="43" />
            <source>Call today, call tomorrow</source>
            <translation>Позвонить сегодня, позвонить завтра</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="44" />
            <source>Archive the deal</source>
            <translation>Архивировать сделку</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="45" />
            <source>Park for 1, 3 or 6 months</source>
            <translation>Отложить на 1, 3 или 6 месяцев</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="46" />
            <source>Park until a date</source>
            <translation>Отложить до даты</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="47" />
            <source>Set the next step</source>
            <translation>Задать следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="48" />
            <source>Move to another stage</source>
            <translation>Перенести на другой этап</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="49" />
            <source>Change the temperature</source>
            <translation>Изменить температуру</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="50" />
            <source>Won, lost</source>
            <translation>Выиграна, проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="51" />
            <source>Silent lead: send the closing message</source>
            <translation>Молчащий лид: отправить письмо о закрытии</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="52" />
            <source>Add a note, log a contact, fill the fields</source>
            <translation>Добавить заметку, записать контакт, заполнить поля</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="53" />
            <source>Waive a checklist item</source>
            <translation>Пропустить пункт чек-листа</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="54" />
            <source>Accept or refuse the proposed demotion</source>
            <translation>Принять или отклонить понижение</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="55" />
            <source>Open the deal card</source>
            <translation>Открыть карточку сделки</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="56" />
            <source>Finish the review early</source>
            <translation>Завершить разбор досрочно</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="57" />
            <source>Leave the review (it resumes where you stopped)</source>
            <translation>Выйти из разбора (продолжится с того же места)</translation>
        </message>
    </context>
    <context>
        <name>LifetimePanel</name>
        <message>
            <location filename="../../ui/customers/panels.py" line="137" />
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="137" />
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="137" />
            <source>Value per client</source>
            <translation>Ценность клиента</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="138" />
            <source>Purchases each</source>
            <translation>Покупок на клиента</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="138" />
            <source>Average order</source>
            <translation>Средний чек</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="139" />
            <source>Days between purchases</source>
            <translation>Дней между покупками</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="143" />
            <source>By lifecycle segment</source>
            <translation>По сегментам жизненного цикла</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="145" />
            <source>By acquisition source: which channel brings clients worth keeping</source>
            <translation>По источникам: какой канал приводит ценных клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="167" />
            <source>All buying clients</source>
            <translation>Все покупатели</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="174" />
            <source>Not set</source>
            <translation>Не указан</translation>
        </message>
    </context>
    <context>
        <name>ListsEmpty</name>
        <message>
            <location filename="../../ui/lists/empty.py" line="18" />
            <source>No deals yet</source>
            <translation>Сделок пока нет</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="19" />
            <source>Every deal of every pipeline is listed here, open or closed, to sort, filter and move many at once. Add your first deal (Ctrl+N) or import them from a spreadsheet or another CRM.</source>
            <translation>Здесь все сделки всех воронок, открытые и закрытые: сортируйте, фильтруйте, переносите сразу много. Добавьте первую сделку (Ctrl+N) или импортируйте из таблицы или другой CRM.</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="28" />
            <source>Add a deal</source>
            <translation>Добавить сделку</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="32" />
            <source>Import deals…</source>
            <translation>Импортировать сделки…</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="39" />
            <source>No clients yet</source>
            <translation>Клиентов пока нет</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="40" />
            <source>The people and companies you sell to: their phones, where they came from, how warm they are and what they bought. A client is added with their first deal, or here.</source>
            <translation>Люди и компании, которым вы продаёте: телефоны, откуда пришли, насколько тёплые и что купили. Клиент добавляется вместе с первой сделкой или здесь.</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="49" />
            <source>Add a client</source>
            <translation>Добавить клиента</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="54" />
            <source>Import clients…</source>
            <translation>Импортировать клиентов…</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="42" />
            <source>Mark deal lost</source>
            <translation>Сделка проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="45" />
            <source>Why was “%1” lost?</source>
            <translation>Почему сделка «%1» проиграна?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="47" />
            <source>Why was the deal lost?</source>
            <translation>Почему сделка проиграна?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="51" />
            <source>Choose or type a reason</source>
            <translation>Выберите или введите причину</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="59" />
            <source>Mark lost</source>
            <translation>Отметить проигранной</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="309" />
            <location filename="../../ui/main_window.py" line="434" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="114" />
            <source>The database in use</source>
            <translation>Используемая база данных</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="139" />
            <source>Main toolbar</source>
            <translation>Основная панель</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="148" />
            <source>Pipeline:</source>
            <translation>Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="166" />
            <source>Create a deal in this pipeline (Ctrl+N)</source>
            <translation>Создать сделку в этой воронке (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="195" />
            <source>&amp;Import deals…</source>
            <translation>&amp;Импорт сделок…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>Import &amp;clients…</source>
            <translation>Импорт &amp;клиентов…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>Import &amp;purchases…</source>
            <translation>Импорт &amp;покупок…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>E&amp;xport…</source>
            <translation>&amp;Выгрузить…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Резервная копия базы…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>&amp;Export reminders to calendar (.ics)…</source>
            <translation>&amp;Экспорт напоминаний в календарь (.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="211" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="216" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="218" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="229" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="234" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="240" />
            <source>&amp;Pipeline</source>
            <translation>Во&amp;ронка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="242" />
            <source>&amp;Edit pipeline…</source>
            <translation>&amp;Изменить воронку…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="245" />
            <source>&amp;New pipeline…</source>
            <translation>&amp;Новая воронка…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="249" />
            <source>&amp;Settings</source>
            <translation>&amp;Настройки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="250" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="253" />
            <source>System</source>
            <translation>Системный</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Параметры…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="277" />
            <source>&amp;Getting started…</source>
            <translation>&amp;Первые шаги…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <source>&amp;About Funnel</source>
            <translation>&amp;О программе Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="309" />
            <source>%1 is not available in this build.</source>
            <translation>%1: недоступно в этой сборке.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="317" />
            <location filename="../../ui/main_window.py" line="330" />
            <source>The deal card</source>
            <translation>Карточка сделки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>The client card</source>
            <translation>Карточка клиента</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="357" />
            <source>The pipeline editor</source>
            <translation>Редактор воронки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="380" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="419" />
            <source>About Funnel</source>
            <translation>О программе Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="421" />
            <source>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;A desktop sales-pipeline manager: deals through the stages of a funnel, stalled leads flagged, no follow-up forgotten.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;Настольная программа для воронки продаж: сделки идут по этапам, зависшие лиды видны сразу, ни одно дело не забыто.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="433" />
            <source>Demo data</source>
            <translation>Демо-данные</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="213" />
            <source>Match columns to fields</source>
            <translation>Сопоставьте столбцы и поля</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="215" />
            <source>Columns Funnel recognises are matched already; check them and set the rest.</source>
            <translation>Знакомые Funnel столбцы уже сопоставлены: проверьте их и задайте остальные.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="235" />
            <source>Import into pipeline:</source>
            <translation>Импортировать в воронку:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="236" />
            <source>Currency of values without one:</source>
            <translation>Валюта значений без валюты:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="260" />
            <source>(not imported)</source>
            <translation>(не импортировать)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="298" />
            <source>“%1” and “%2” both go to %3; choose one.</source>
            <translation>«%1» и «%2» оба идут в поле «%3»; выберите один.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="305" />
            <source>Choose the column that holds the deal title.</source>
            <translation>Выберите столбец с названием сделки.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="307" />
            <source>Say which currency the values are in, for example RUB, USD or BRL.</source>
            <translation>Укажите валюту значений, например RUB, USD или BRL.</translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="62" />
            <location filename="../../ui/customers/matrix.py" line="67" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n покупка</numerusform>
                <numerusform>%n покупки</numerusform>
                <numerusform>%n покупок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="64" />
            <source>1–%1 purchases</source>
            <translation>1–%1 покупок</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="65" />
            <source>%1–%2 purchases</source>
            <translation>%1–%2 покупки</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="68" />
            <source>%1 or more</source>
            <translation>%1 и больше</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="73" />
            <source>up to %n day(s) ago</source>
            <translation>
                <numerusform>до %n дня назад</numerusform>
                <numerusform>до %n дней назад</numerusform>
                <numerusform>до %n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="74" />
            <source>%1–%2 days ago</source>
            <translation>%1–%2 дней назад</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="75" />
            <source>over %n day(s) ago</source>
            <translation>
                <numerusform>больше %n дня назад</numerusform>
                <numerusform>больше %n дней назад</numerusform>
                <numerusform>больше %n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="118" />
            <source>%1: click to see these clients and start a campaign</source>
            <translation>%1: нажмите, чтобы увидеть этих клиентов и начать кампанию</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="199" />
            <source>%1 of clients</source>
            <translation>%1 клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="212" />
            <source>%1 of revenue</source>
            <translation>%1 выручки</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="63" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="63" />
            <source>Owner</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="63" />
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="64" />
            <source>Round</source>
            <translation>Круг</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="64" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="97" />
            <source>Done</source>
            <translation>Сделано</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="97" />
            <source>To contact</source>
            <translation>Ещё не связались</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="62" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="73" />
            <source>(no login)</source>
            <translation>(без логина)</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="79" />
            <source>Manager</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="79" />
            <source>Salesperson</source>
            <translation>Продавец</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="81" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="81" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="89" />
            <source>This login is disabled and can no longer sign in.</source>
            <translation>Этот логин отключён: войти с ним больше нельзя.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="51" />
            <source>Merge clients</source>
            <translation>Объединение клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="66" />
            <source>#%1, since %2</source>
            <translation>№%1, с %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/merge_dialog.py" line="69" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n сделка</numerusform>
                <numerusform>%n сделки</numerusform>
                <numerusform>%n сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/merge_dialog.py" line="70" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n покупка</numerusform>
                <numerusform>%n покупки</numerusform>
                <numerusform>%n покупок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="80" />
            <source>Stays (its id is kept):</source>
            <translation>Остаётся (с его номером):</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="82" />
            <source>This one</source>
            <translation>Этот</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="98" />
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="104" />
            <source>All together</source>
            <translation>Все вместе</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="111" />
            <source>Phones and e-mails:</source>
            <translation>Телефоны и e-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="112" />
            <source>all kept: %1</source>
            <translation>сохраняются все: %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="127" />
            <source>Every deal, activity, note, purchase, phone and e-mail moves to the client that stays; the others are archived. Ctrl+Z undoes the merge.</source>
            <translation>Все сделки, дела, заметки, покупки, телефоны и e-mail переходят к остающемуся клиенту; остальные уходят в архив. Ctrl+Z отменяет объединение.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="137" />
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="161" />
            <source>Name:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="162" />
            <source>Company:</source>
            <translation>Компания:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="163" />
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="164" />
            <source>Tags:</source>
            <translation>Метки:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="165" />
            <source>Temperature:</source>
            <translation>Температура:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="166" />
            <source>Birthday:</source>
            <translation>День рождения:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="167" />
            <source>Notes:</source>
            <translation>Заметки:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="168" />
            <source>Owner:</source>
            <translation>Ответственный:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="169" />
            <source>Referred by:</source>
            <translation>Рекомендовал:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="170" />
            <source>External id:</source>
            <translation>Внешний номер:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="171" />
            <source>Language:</source>
            <translation>Язык:</translation>
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
            <location filename="../../ui/reminders/missed.py" line="49" />
            <source>%1 — %2: %3</source>
            <comment>when — kind: subject</comment>
            <translation>%1 — %2: %3</translation>
        </message>
    </context>
    <context>
        <name>MissedRemindersDialog</name>
        <message>
            <location filename="../../ui/reminders/missed.py" line="69" />
            <source>While Funnel was closed</source>
            <translation>Пока Funnel был закрыт</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/missed.py" line="71" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дела</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders/missed.py" line="76" />
            <source>They are also in Today. Double-click one to open its deal.</source>
            <translation>Они есть и в разделе «Сегодня». Дважды щёлкните, чтобы открыть сделку.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/missed.py" line="89" />
            <source>Show Today</source>
            <translation>Показать «Сегодня»</translation>
        </message>
    </context>
    <context>
        <name>MissingDatabase</name>
        <message>
            <location filename="../../ui/storage/missing.py" line="16" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="18" />
            <source>There is no Funnel database at %1.</source>
            <translation>По пути %1 нет базы Funnel.</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="23" />
            <source>Create a new, empty database there, or open another file?</source>
            <translation>Создать там новую пустую базу или открыть другой файл?</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="28" />
            <source>Create new database</source>
            <translation>Создать новую базу</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="32" />
            <source>Open another file…</source>
            <translation>Открыть другой файл…</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="36" />
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="45" />
            <source>Open a Funnel database</source>
            <translation>Открыть базу Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="47" />
            <source>Funnel databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Базы Funnel (*.sqlite3 *.db);;Все файлы (*)</translation>
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
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations/core.py" line="157" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
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
        <name>ParetoPanel</name>
        <message>
            <location filename="../../ui/customers/panels.py" line="63" />
            <source>Last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="64" />
            <source>All time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="77" />
            <source>Class</source>
            <translation>Класс</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="77" />
            <source>Clients</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="77" />
            <source>Share of clients</source>
            <translation>Доля клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="78" />
            <source>Revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="78" />
            <source>Share of revenue</source>
            <translation>Доля выручки</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="84" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="88" />
            <source>Class %1 clients…</source>
            <translation>Клиенты класса %1…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="111" />
            <source>The top 20% of clients (%1) bring %2 of revenue.</source>
            <translation>Первые 20% клиентов (%1) приносят %2 выручки.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="115" />
            <source>%1 clients, %2 of revenue in the period. Ties share a class.</source>
            <translation>%1 клиентов, выручка за период %2. Клиенты с равной выручкой — в одном классе.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/panels.py" line="120" />
            <source>%n purchase(s) in other currencies left out.</source>
            <translation>
                <numerusform>%n покупка в других валютах не учтена.</numerusform>
                <numerusform>%n покупки в других валютах не учтены.</numerusform>
                <numerusform>%n покупок в других валютах не учтены.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParkDialog</name>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="82" />
            <source>Not ready this month</source>
            <translation>Не готов в этом месяце</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="94" />
            <source>The deal moves to Future sales and comes back to «%1» with a call-back on the day you choose.</source>
            <translation>Сделка уйдёт в «Будущие продажи» и в выбранный день вернётся на этап «%1» с задачей перезвонить.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="101" />
            <source>Call back</source>
            <translation>Перезвонить</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="138" />
            <source>&amp;1 month</source>
            <translation>&amp;1 месяц</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/park_dialog.py" line="138" />
            <source>&amp;%n months</source>
            <translation>
                <numerusform>&amp;%n месяц</numerusform>
                <numerusform>&amp;%n месяца</numerusform>
                <numerusform>&amp;%n месяцев</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="144" />
            <source>Return on %1</source>
            <translation>Возврат %1</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="148" />
            <source>On a &amp;date</source>
            <translation>В &amp;дату</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="104" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="167" />
            <source>What they said, what to offer then (optional)</source>
            <translation>Что сказал клиент, что предложить потом (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="173" />
            <source>Park</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="200" />
            <source>The return date %1 is not after today (%2); choose a later date.</source>
            <translation>Дата возврата %1 не позже сегодняшней (%2); выберите более позднюю дату.</translation>
        </message>
    </context>
    <context>
        <name>Parking</name>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="49" />
            <source>Not ready this month…</source>
            <translation>Не готов в этом месяце…</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="179" />
            <source>Call back</source>
            <comment>the activity a parked deal gets on its return date</comment>
            <translation>Перезвонить</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="170" />
            <source>Park deal</source>
            <translation>перенос в будущие продажи</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="62" />
            <location filename="../../ui/operations/deals.py" line="189" />
            <source>Bring deal back</source>
            <translation>возврат сделки</translation>
        </message>
    </context>
    <context>
        <name>PipelineEditor</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="63" />
            <source>Edit pipelines</source>
            <translation>Настройка воронок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="78" />
            <source>New pipeline…</source>
            <translation>Новая воронка…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="79" />
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="88" />
            <source>Pipeline:</source>
            <translation>Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="102" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="102" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="106" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="113" />
            <source>Add stage</source>
            <translation>Добавить этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="114" />
            <source>Remove stage…</source>
            <translation>Удалить этап…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="115" />
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="117" />
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="148" />
            <source>Drag stages (or use Move up/down) to change their order. Double-click a cell to edit it. Changes are saved when you press OK.</source>
            <translation>Перетаскивайте этапы (или нажимайте «Выше»/«Ниже»), чтобы изменить порядок. Дважды щёлкните ячейку, чтобы изменить её. Изменения сохраняются по кнопке OK.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="202" />
            <source>New pipeline</source>
            <translation>Новая воронка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="209" />
            <source>Parked</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="209" />
            <source>New lead</source>
            <translation>Новый лид</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="221" />
            <source>Rename pipeline</source>
            <translation>Переименовать воронку</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="251" />
            <source>New stage</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="272" />
            <source>A pipeline keeps at least one stage.</source>
            <translation>В воронке должен остаться хотя бы один этап.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="343" />
            <source>Discard changes</source>
            <translation>Отменить изменения</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="344" />
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
        <name>ProfileSettings</name>
        <message>
            <location filename="../../ui/settings/profile.py" line="28" />
            <source>How your deals and messages name you</source>
            <translation>Как вас называть в сделках и письмах</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="31" />
            <source>System</source>
            <translation>Системный</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="44" />
            <source>New deals and imports are in this currency unless they say otherwise.</source>
            <translation>Новые сделки и импорт — в этой валюте, если не указана другая.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="56" />
            <source>Phone numbers written without a country code are read as this country's.</source>
            <translation>Номера без кода страны считаются номерами этой страны.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="61" />
            <source>Your &amp;name:</source>
            <translation>Ваше &amp;имя:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="62" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="63" />
            <source>Home &amp;currency:</source>
            <translation>Основная &amp;валюта:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="64" />
            <source>&amp;Phone numbers from:</source>
            <translation>&amp;Телефоны из страны:</translation>
        </message>
    </context>
    <context>
        <name>PurchaseLinesModel</name>
        <message>
            <location filename="../../ui/clients/timeline.py" line="22" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="23" />
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="24" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="25" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
    </context>
    <context>
        <name>PurchaseSummary</name>
        <message>
            <location filename="../../ui/clients/timeline.py" line="86" />
            <source>No purchases yet.</source>
            <translation>Покупок пока нет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/timeline.py" line="91" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n покупка</numerusform>
                <numerusform>%n покупки</numerusform>
                <numerusform>%n покупок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="92" />
            <source>revenue %1</source>
            <translation>выручка %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="93" />
            <source>average order %1</source>
            <translation>средний чек %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="97" />
            <source>first %1, last %2</source>
            <translation>первая %1, последняя %2</translation>
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
        <name>Rates</name>
        <message>
            <location filename="../../ui/rates_text.py" line="27" />
            <source>No exchange rate for %1: totals stay per currency.</source>
            <translation>Нет курса для %1: итоги остаются по валютам.</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="30" />
            <source>≈ %1 at rates of %2</source>
            <translation>≈ %1 по курсам на %2</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="39" />
            <source>Set exchange rates in Preferences › Exchange rates to see one total.</source>
            <translation>Задайте курсы в Параметры › Курсы валют, чтобы видеть общий итог.</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="42" />
            <source>Every currency converted to %1 with the latest rate on or before today (Preferences › Exchange rates).</source>
            <translation>Каждая валюта пересчитана в %1 по последнему курсу не позже сегодняшнего дня (Параметры › Курсы валют).</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="56" />
            <source>Not counted in the money columns: %1 (no exchange rate to %2).</source>
            <translation>Не учтены в денежных столбцах: %1 (нет курса к %2).</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="64" />
            <source>Money in %1, other currencies at rates of %2.</source>
            <translation>Суммы в %1, другие валюты — по курсам на %2.</translation>
        </message>
    </context>
    <context>
        <name>RatesSettings</name>
        <message>
            <location filename="../../ui/settings/rates.py" line="61" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="61" />
            <source>Rate</source>
            <translation>Курс</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="61" />
            <source>From</source>
            <translation>С даты</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="69" />
            <source>No rates yet: totals stay per currency.</source>
            <translation>Курсов пока нет: итоги остаются по валютам.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="83" />
            <source>Set rate</source>
            <translation>Задать курс</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="87" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="100" />
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="121" />
            <source>What one unit of each currency is worth in your home currency (%1). Totals in several currencies are then also shown as one figure in %1, using the latest rate on or before the day.</source>
            <translation>Сколько стоит одна единица каждой валюты в вашей основной валюте (%1). Тогда итоги в нескольких валютах показываются и одной суммой в %1 — по последнему курсу не позже нужного дня.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDelegate</name>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="142" />
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="144" />
            <source>new</source>
            <translation>новая</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="148" />
            <source>no deals</source>
            <translation>нет сделок</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="151" />
            <source>(retired)</source>
            <translation>(убрана)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/settings/reasons_model.py" line="161" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n сделка</numerusform>
                <numerusform>%n сделки</numerusform>
                <numerusform>%n сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/settings/reasons_model.py" line="166" />
            <source>“%1” becomes “%2” on %n deal(s).</source>
            <translation>
                <numerusform>«%1» станет «%2» у %n сделки.</numerusform>
                <numerusform>«%1» станет «%2» у %n сделок.</numerusform>
                <numerusform>«%1» станет «%2» у %n сделок.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonsList</name>
        <message>
            <location filename="../../ui/settings/reasons.py" line="59" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="60" />
            <location filename="../../ui/settings/reasons.py" line="196" />
            <source>Retire</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="64" />
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="65" />
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="84" />
            <source>Show retired</source>
            <translation>Показать убранные</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="196" />
            <source>Restore</source>
            <translation>Вернуть</translation>
        </message>
    </context>
    <context>
        <name>ReasonsSettings</name>
        <message>
            <location filename="../../ui/settings/reasons.py" line="242" />
            <source>Why deals are lost</source>
            <translation>Почему сделки проигрывают</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="243" />
            <source>Why deals are won</source>
            <translation>Почему сделки выигрывают</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="246" />
            <source>These are offered when a deal is marked lost or won. Double-click a reason (or press F2) to rename it: the deals that carry it are renamed too, in reports as well. A retired reason is no longer offered, but its deals keep it and the reports still count them. Changes are saved when you press OK.</source>
            <translation>Эти причины предлагаются, когда сделку отмечают проигранной или выигранной. Дважды щёлкните причину (или нажмите F2), чтобы переименовать её: у сделок с этой причиной она тоже изменится, и в отчётах тоже. Убранная причина больше не предлагается, но её сделки сохраняют её, и отчёты по-прежнему их учитывают. Изменения сохраняются при нажатии «ОК».</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <location filename="../../ui/recent_files.py" line="82" />
            <location filename="../../ui/recent_files.py" line="97" />
            <location filename="../../ui/recent_files.py" line="111" />
            <source>Funnel databases (%1);;All files (*)</source>
            <translation>Базы Funnel (%1);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="95" />
            <source>Open a Funnel file</source>
            <translation>Открыть файл Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="106" />
            <source>new-funnel.sqlite3</source>
            <translation>новая-воронка.sqlite3</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="109" />
            <source>New Funnel file</source>
            <translation>Новый файл Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="138" />
            <source>No recent files</source>
            <translation>Нет недавних файлов</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="142" />
            <source>Clear the list</source>
            <translation>Очистить список</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="149" />
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="153" />
            <source>Ne&amp;w file…</source>
            <translation>Но&amp;вый файл…</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="156" />
            <source>Open &amp;recent</source>
            <translation>Открыть &amp;недавний</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders/notifier.py" line="67" />
            <source>%1 at %2: %3</source>
            <translation>%1 в %2: %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="155" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дела</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
                <numerusform>Пока Funnel был закрыт, подошёл срок %n дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="269" />
            <source>Overdue follow-ups handed to the backup owner: %n</source>
            <translation>
                <numerusform>%n просроченное дело передано заместителю</numerusform>
                <numerusform>%n просроченных дела переданы заместителю</numerusform>
                <numerusform>%n просроченных дел передано заместителю</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="243" />
            <location filename="../../ui/reminders/notifier.py" line="293" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="295" />
            <source>%n follow-ups due</source>
            <translation>
                <numerusform>Подошёл срок %n дела</numerusform>
                <numerusform>Подошёл срок %n дел</numerusform>
                <numerusform>Подошёл срок %n дел</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="../../ui/reports/charts.py" line="120" />
            <location filename="../../ui/reports/charts.py" line="168" />
            <source>Won</source>
            <translation>Выиграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="125" />
            <source>Reached the next stage</source>
            <translation>Дошло до следующего этапа</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="130" />
            <source>Entered</source>
            <translation>Вошло</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="145" />
            <source>Median days</source>
            <translation>Медиана, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="150" />
            <source>Average days</source>
            <translation>Среднее, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="155" />
            <source>Limit (days)</source>
            <translation>Лимит, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="173" />
            <source>Lost</source>
            <translation>Проиграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="189" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="194" />
            <source>Weighted</source>
            <translation>Взвешенно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="215" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="217" />
            <source>Stalled</source>
            <translation>Зависшие</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="246" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="251" />
            <source>E-mails</source>
            <translation>Письма</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="256" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="272" />
            <source>This period, per day</source>
            <translation>Этот период, в день</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="277" />
            <source>Previous period, per day</source>
            <translation>Прошлый период, в день</translation>
        </message>
    </context>
    <context>
        <name>ReportColumns</name>
        <message>
            <location filename="../../ui/reports/text.py" line="21" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="22" />
            <source>Entered</source>
            <translation>Вошло</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="23" />
            <source>Reached next</source>
            <translation>Дошло дальше</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="24" />
            <source>Dropped</source>
            <translation>Выбыло</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="25" />
            <source>To next</source>
            <translation>Дальше</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="26" />
            <source>Won</source>
            <translation>Выиграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="27" />
            <source>Won of entered</source>
            <translation>Выиграно из вошедших</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="28" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="29" />
            <source>Left</source>
            <translation>Покинуло</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="30" />
            <source>Median days</source>
            <translation>Медиана, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="31" />
            <source>Average days</source>
            <translation>Среднее, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="32" />
            <source>Limit (days)</source>
            <translation>Лимит, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="33" />
            <source>From (days)</source>
            <translation>От, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="34" />
            <source>To (days)</source>
            <translation>До, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="35" />
            <source>Won deals</source>
            <translation>Выиграно сделок</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="36" />
            <source>Lost</source>
            <translation>Проиграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="37" />
            <source>Win rate</source>
            <translation>Доля побед</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="38" />
            <source>Won value</source>
            <translation>Сумма выигранных</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="39" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="40" />
            <source>Lost value</source>
            <translation>Сумма проигранных</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="41" />
            <source>Lost reason</source>
            <translation>Причина проигрыша</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="42" />
            <source>Win reason</source>
            <translation>Причина победы</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="43" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="44" />
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="45" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="46" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="47" />
            <source>Expected close</source>
            <translation>Ожидаемое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="48" />
            <source>Weighted</source>
            <translation>Взвешенно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="49" />
            <source>Forecast deals</source>
            <translation>Сделок в прогнозе</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="50" />
            <source>Forecast value</source>
            <translation>Сумма прогноза</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="51" />
            <source>Forecast weighted</source>
            <translation>Прогноз взвешенно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="52" />
            <source>Week of</source>
            <translation>Неделя с</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="53" />
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="54" />
            <source>Stalled</source>
            <translation>Зависло</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="55" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="56" />
            <source>E-mails</source>
            <translation>Письма</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="57" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="58" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="59" />
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="60" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="61" />
            <source>Average won</source>
            <translation>Средний выигрыш</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="62" />
            <source>Cycle days</source>
            <translation>Цикл, дн.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="63" />
            <source>Per day</source>
            <translation>В день</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="64" />
            <source>Previous per day</source>
            <translation>Ранее в день</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="66" />
            <source>Conversion</source>
            <translation>Конверсия</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="67" />
            <source>Time in stage</source>
            <translation>Время на этапе</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="68" />
            <source>Sales cycle</source>
            <translation>Цикл сделки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="69" />
            <source>Won and lost by month</source>
            <translation>Выиграно и проиграно по месяцам</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="70" />
            <source>Win rate by owner</source>
            <translation>Доля побед по ответственным</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="71" />
            <source>Win rate by source</source>
            <translation>Доля побед по источникам</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="72" />
            <source>Win rate by pipeline</source>
            <translation>Доля побед по воронкам</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="73" />
            <source>Lost reasons</source>
            <translation>Причины проигрыша</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="74" />
            <source>Win reasons</source>
            <translation>Причины побед</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="75" />
            <source>Forecast</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="76" />
            <source>Last month: forecast and won</source>
            <translation>Прошлый месяц: прогноз и факт</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="77" />
            <source>Pipeline trend</source>
            <translation>Динамика воронки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="78" />
            <source>Activity by owner</source>
            <translation>Активность по ответственным</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="79" />
            <source>Activity by week</source>
            <translation>Активность по неделям</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="80" />
            <source>Sales velocity</source>
            <translation>Скорость продаж</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="82" />
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="83" />
            <source>No date</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="84" />
            <source>snapshot</source>
            <translation>снимок</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="85" />
            <source>history</source>
            <translation>история</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="86" />
            <source>all</source>
            <translation>все</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="87" />
            <source>pipeline</source>
            <translation>воронка</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="88" />
            <source>owner</source>
            <translation>ответственный</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../ui/reports/charts.py" line="241" />
            <location filename="../../ui/reports/charts.py" line="267" />
            <location filename="../../ui/reports/model.py" line="23" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="10" />
            <source>Conversion</source>
            <translation>Конверсия</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="11" />
            <source>Time in stage</source>
            <translation>Время на этапе</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="12" />
            <source>Won and lost</source>
            <translation>Выиграно и проиграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="13" />
            <source>Forecast</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="14" />
            <source>Pipeline trend</source>
            <translation>Динамика воронки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="15" />
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="16" />
            <source>Sales velocity</source>
            <translation>Скорость продаж</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/reports/page.py" line="82" />
            <source>This month</source>
            <translation>Этот месяц</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="82" />
            <source>Last month</source>
            <translation>Прошлый месяц</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="83" />
            <source>This quarter</source>
            <translation>Этот квартал</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="83" />
            <source>12 months</source>
            <translation>12 месяцев</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="84" />
            <source>Custom…</source>
            <translation>Свой период…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="99" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="102" />
            <source>Chart and table as PNG…</source>
            <translation>График и таблица в PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="103" />
            <source>Chart and table as PDF…</source>
            <translation>График и таблица в PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="104" />
            <source>Table as CSV…</source>
            <translation>Таблица в CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="105" />
            <source>Table as Excel (XLSX)…</source>
            <translation>Таблица в Excel (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="107" />
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="112" />
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="114" />
            <source>Pipeline:</source>
            <translation>Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="114" />
            <source>Owner:</source>
            <translation>Ответственный:</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="174" />
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="187" />
            <source>All pipelines</source>
            <translation>Все воронки</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="188" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="233" />
            <source>as of %1</source>
            <translation>на %1</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="236" />
            <source>%1 to %2</source>
            <translation>с %1 по %2</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="274" />
            <source>Computing…</source>
            <translation>Считаю…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="359" />
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="359" />
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="360" />
            <source>CSV table (*.csv)</source>
            <translation>Таблица CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="360" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="363" />
            <source>Export report</source>
            <translation>Экспорт отчёта</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../ui/search_box.py" line="145" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="146" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="157" />
            <source>Search deals and clients (Ctrl+F)</source>
            <translation>Поиск сделок и клиентов (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="194" />
            <source>Nothing found for “%1”</source>
            <translation>По запросу «%1» ничего не найдено</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="195" />
            <source>Try part of a name, a company, a phone or an e-mail.</source>
            <translation>Попробуйте часть имени, компании, телефона или e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="213" />
            <source>won</source>
            <translation>успешна</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="214" />
            <source>lost</source>
            <translation>проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="215" />
            <source>archived</source>
            <translation>в архиве</translation>
        </message>
    </context>
    <context>
        <name>SegmentSettingsDialog</name>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="41" />
            <source>Lifecycle matrix settings</source>
            <translation>Настройки матрицы жизненного цикла</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="59" />
            <source>Purchase count limits (few / some / many)</source>
            <translation>Границы числа покупок (мало / несколько / много)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="60" />
            <source>Days since the last purchase (active / asleep / gone)</source>
            <translation>Дней после последней покупки (активен / засыпает / ушёл)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="61" />
            <source>Target share of active clients</source>
            <translation>Цель: доля активных клиентов</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="80" />
            <source>Cell names (empty: the default name)</source>
            <translation>Названия ячеек (пусто — название по умолчанию)</translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <location filename="../../funnel/customers/segments.py" line="44" />
            <source>New active</source>
            <translation>Новые активные</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="45" />
            <source>New falling asleep</source>
            <translation>Новые засыпающие</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="46" />
            <source>Lost one-timers</source>
            <translation>Потерянные разовые</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="47" />
            <source>Repeat active</source>
            <translation>Повторные активные</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="48" />
            <source>Repeat falling asleep</source>
            <translation>Повторные засыпающие</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="49" />
            <source>Repeat lost</source>
            <translation>Повторные потерянные</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="50" />
            <source>Loyal active</source>
            <translation>Лояльные активные</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="51" />
            <source>Loyal falling asleep</source>
            <translation>Лояльные засыпающие</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="52" />
            <source>Loyal lost</source>
            <translation>Лояльные потерянные</translation>
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message>
            <location filename="../../ui/team/banner.py" line="34" />
            <source>Retry now</source>
            <translation>Повторить сейчас</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/team/banner.py" line="55" />
            <source>The team server cannot be reached — retrying in %n s…</source>
            <translation>
                <numerusform>Командный сервер недоступен — повтор через %n с…</numerusform>
                <numerusform>Командный сервер недоступен — повтор через %n с…</numerusform>
                <numerusform>Командный сервер недоступен — повтор через %n с…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/team/banner.py" line="60" />
            <source>The team server cannot be reached — trying again…</source>
            <translation>Командный сервер недоступен — пробуем снова…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings/dialog.py" line="34" />
            <source>Preferences</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="38" />
            <source>Count business days only for stalls</source>
            <translation>Считать зависание только по рабочим дням</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="43" />
            <source>Saturdays and Sundays do not age a deal: a deal entered on Friday is one day old on Monday. Public holidays still count.</source>
            <translation>Суббота и воскресенье не считаются: сделка, попавшая на этап в пятницу, в понедельник находится на нём один день. Праздники считаются.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="72" />
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="73" />
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="74" />
            <source>Exchange rates</source>
            <translation>Курсы валют</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="75" />
            <source>Reasons</source>
            <translation>Причины</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="61" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="65" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="65" />
            <source>What they do</source>
            <translation>Что делают</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="73" />
            <source>This screen: %1</source>
            <translation>Этот экран: %1</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="76" />
            <source>Everywhere</source>
            <translation>Везде</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDateDialog</name>
        <message>
            <location filename="../../ui/followups/snooze_date.py" line="29" />
            <source>Snooze to a date</source>
            <translation>Отложить до даты</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_date.py" line="31" />
            <source>Move “%1” to:</source>
            <translation>Перенести «%1» на:</translation>
        </message>
    </context>
    <context>
        <name>SnoozeMenu</name>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="48" />
            <source>Snooze</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="51" />
            <source>&amp;Later today</source>
            <translation>&amp;Позже сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="52" />
            <source>&amp;Tomorrow morning</source>
            <translation>&amp;Завтра утром</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="53" />
            <source>Next &amp;Monday</source>
            <translation>В &amp;следующий понедельник</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="54" />
            <source>A &amp;week later</source>
            <translation>Через &amp;неделю</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="66" />
            <source>To a &amp;date…</source>
            <translation>На &amp;дату…</translation>
        </message>
    </context>
    <context>
        <name>StageMenu</name>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="234" />
            <source>Back to stage</source>
            <translation>Вернуть на этап</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="244" />
            <source>The stage it was parked from</source>
            <translation>Этап, с которого сделку отложили</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="162" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="163" />
            <source>Stalled after</source>
            <translation>Зависает через</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="164" />
            <source>Probability</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="170" />
            <source>A deal longer than this in the stage is stalled</source>
            <translation>Сделка зависла, если она на этапе дольше этого срока</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="171" />
            <source>The chance a deal in this stage is won</source>
            <translation>Вероятность, что сделка на этом этапе будет успешной</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="165" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="172" />
            <source>Open deals in the stage now</source>
            <translation>Открытые сделки на этапе сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="186" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="187" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="189" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="202" />
            <source>%n open</source>
            <translation>
                <numerusform>%n открытая</numerusform>
                <numerusform>%n открытые</numerusform>
                <numerusform>%n открытых</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="205" />
            <source>%n won, lost or archived (they move too if the stage is removed)</source>
            <translation>
                <numerusform>ещё %n выиграна, проиграна или в архиве (при удалении этапа переносится тоже)</numerusform>
                <numerusform>ещё %n выиграны, проиграны или в архиве (при удалении этапа переносятся тоже)</numerusform>
                <numerusform>ещё %n выиграно, проиграно или в архиве (при удалении этапа переносятся тоже)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="240" />
            <source>A stage needs a name.</source>
            <translation>У этапа должно быть название.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="244" />
            <source>This pipeline already has a stage named «%1».</source>
            <translation>В этой воронке уже есть этап «%1».</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="333" />
            <source>Stages and outcomes</source>
            <translation>Этапы и итоги</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="336" />
            <source>New stages are added to the pipeline in the order they first appear in the file, unless you send them to a stage you already have.</source>
            <translation>Новые этапы добавляются в воронку в том порядке, в каком впервые встречаются в файле, если вы не направите их на уже существующий этап.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="352" />
            <source>e.g. Paid, Delivered</source>
            <translation>например: Оплачено, Доставлено</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="355" />
            <source>e.g. Refused, No answer</source>
            <translation>например: Отказ, Не отвечает</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="359" />
            <source>Also means won:</source>
            <translation>Тоже означает «успешно»:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="360" />
            <source>Also means lost:</source>
            <translation>Тоже означает «проиграна»:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="367" />
            <source>Words for won and lost, separated by commas:</source>
            <translation>Слова для «успешно» и «проиграна», через запятую:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="380" />
            <source>Reading the whole file…</source>
            <translation>Чтение всего файла…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="403" />
            <source>Create new stage</source>
            <translation>Создать новый этап</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="406" />
            <source>Put in “%1”</source>
            <translation>На этап «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/pages.py" line="414" />
            <source>%n stage name(s) in the file are new:</source>
            <translation>
                <numerusform>В файле %n новое название этапа:</numerusform>
                <numerusform>В файле %n новых названия этапов:</numerusform>
                <numerusform>В файле %n новых названий этапов:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="417" />
            <source>Every stage in the file already exists.</source>
            <translation>Все этапы из файла уже есть.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="421" />
            <source>Not recognised as won or lost: %1</source>
            <translation>Не распознано как «успешно» или «проиграна»: %1</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../ui/startup.py" line="115" />
            <source>Opening your pipeline…</source>
            <translation>Открываем вашу воронку…</translation>
        </message>
    </context>
    <context>
        <name>StorageGuard</name>
        <message>
            <location filename="../../ui/storage/guard.py" line="31" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
    </context>
    <context>
        <name>StorageNotices</name>
        <message>
            <location filename="../../ui/storage/notices.py" line="33" />
            <source>Read-only file</source>
            <translation>Только для чтения</translation>
        </message>
        <message>
            <location filename="../../ui/storage/notices.py" line="34" />
            <source>This file cannot be changed (its permissions or its disk): you can look at everything, but changes cannot be saved.</source>
            <translation>Этот файл нельзя изменить (права доступа или диск): смотреть можно всё, но изменения не сохранятся.</translation>
        </message>
        <message>
            <location filename="../../ui/storage/notices.py" line="48" />
            <source>Your clock is behind this file</source>
            <translation>Часы отстают от файла</translation>
        </message>
        <message>
            <location filename="../../ui/storage/notices.py" line="49" />
            <source>The newest change in this file is dated %1, later than your computer's clock. Check the date and time; until then, changes are recorded as of that newest change.</source>
            <translation>Последнее изменение в этом файле датировано %1 — позже, чем показывают часы компьютера. Проверьте дату и время; до тех пор изменения записываются не раньше этого последнего изменения.</translation>
        </message>
    </context>
    <context>
        <name>TagsEdit</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="170" />
            <source>vip, wholesale</source>
            <translation>vip, опт</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <location filename="../../ui/team/dialog.py" line="167" />
            <location filename="../../ui/team/dialog.py" line="234" />
            <source>Team members</source>
            <translation>Участники команды</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="177" />
            <source>Add a salesperson…</source>
            <translation>Добавить продавца…</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="179" />
            <source>Disable…</source>
            <translation>Отключить…</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="181" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/team/dialog.py" line="217" />
            <source>%n open deal(s) stay theirs until you hand them over.</source>
            <translation>
                <numerusform>%n открытая сделка остаётся за ним, пока вы её не передадите.</numerusform>
                <numerusform>%n открытые сделки остаются за ним, пока вы их не передадите.</numerusform>
                <numerusform>%n открытых сделок остаются за ним, пока вы их не передадите.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="221" />
            <source>Disable login</source>
            <translation>Отключить логин</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="222" />
            <source>{name} ({login}) will no longer be able to sign in.</source>
            <translation>{name} ({login}) больше не сможет войти.</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="230" />
            <source>Disable team member</source>
            <translation>Отключение участника команды</translation>
        </message>
    </context>
    <context>
        <name>TeamEntries</name>
        <message>
            <location filename="../../ui/team/entries.py" line="20" />
            <source>&amp;Connect to a team database…</source>
            <translation>&amp;Подключиться к командной базе…</translation>
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
        <message>
            <location filename="../../ui/clients/timeline.py" line="43" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="44" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="45" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="46" />
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="47" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="62" />
            <source>Merge undone</source>
            <translation>Объединение отменено</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="62" />
            <source>Merged</source>
            <translation>Объединён</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="70" />
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="71" />
            <source>planned</source>
            <translation>запланировано</translation>
        </message>
    </context>
    <context>
        <name>TodayDelegate</name>
        <message>
            <location filename="../../ui/today/delegate.py" line="86" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="86" />
            <source>Snooze ▾</source>
            <translation>Отложить ▾</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="88" />
            <location filename="../../ui/today/delegate.py" line="91" />
            <location filename="../../ui/today/delegate.py" line="93" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="91" />
            <source>Back to pipeline</source>
            <translation>Вернуть в воронку</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="93" />
            <source>Add next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="98" />
            <source>Mark done, note the outcome and schedule the next step (D)</source>
            <translation>Выполнить, записать результат и запланировать следующий шаг (D)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="99" />
            <source>Later today, tomorrow morning, next Monday or a week later (S)</source>
            <translation>Позже сегодня, завтра утром, в следующий понедельник или через неделю (S)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="100" />
            <source>Open the deal (Enter)</source>
            <translation>Открыть сделку (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="101" />
            <source>Back to the stage it was parked from (B)</source>
            <translation>Вернуть на этап, с которого сделку отложили (B)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="102" />
            <source>Schedule the next step for this deal (N)</source>
            <translation>Запланировать следующий шаг по сделке (N)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="103" />
            <source>Call</source>
            <translation>Позвонить</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="104" />
            <source>Write an e-mail</source>
            <translation>Написать письмо</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="142" />
            <location filename="../../ui/today/delegate.py" line="341" />
            <source>Any time</source>
            <translation>В любое время</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="285" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
                <numerusform>… и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="339" />
            <location filename="../../ui/today/delegate.py" line="357" />
            <source>%n d late</source>
            <translation>
                <numerusform>%n дн. назад</numerusform>
                <numerusform>%n дн. назад</numerusform>
                <numerusform>%n дн. назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="349" />
            <source>repeats</source>
            <translation>повторяется</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="360" />
            <source>back to %1</source>
            <translation>возврат на «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="372" />
            <source>no next step</source>
            <translation>нет следующего шага</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="376" />
            <source>+%n d</source>
            <comment>days over the stage's limit</comment>
            <translation>
                <numerusform>+%n дн.</numerusform>
                <numerusform>+%n дн.</numerusform>
                <numerusform>+%n дн.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="377" />
            <source>%n d in stage</source>
            <translation>
                <numerusform>%n дн. на этапе</numerusform>
                <numerusform>%n дн. на этапе</numerusform>
                <numerusform>%n дн. на этапе</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayEmpty</name>
        <message>
            <location filename="../../ui/today/empty.py" line="24" />
            <source>Open the board</source>
            <translation>Открыть доску</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="31" />
            <source>Nothing due — next follow-up on %1</source>
            <translation>Дел нет — следующее дело: %1</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="34" />
            <source>A good day to call a client you have not heard from.</source>
            <translation>Хороший день, чтобы позвонить клиенту, который давно не выходил на связь.</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="40" />
            <source>Nothing due</source>
            <translation>Дел нет</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="41" />
            <source>Follow-ups show up here on the day they are due. Give a deal its next step (a call, a meeting) in its card, or park it in Future sales with a day to call back.</source>
            <translation>Дела появляются здесь в свой день. Назначьте сделке следующий шаг (звонок, встречу) в её карточке или отложите её в «Будущие продажи» с датой, когда перезвонить.</translation>
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
            <location filename="../../ui/today/page.py" line="75" />
            <location filename="../../ui/today/page.py" line="155" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="164" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="165" />
            <source>Due today</source>
            <translation>На сегодня</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="166" />
            <source>Next %n days</source>
            <translation>
                <numerusform>Ближайший %n день</numerusform>
                <numerusform>Ближайшие %n дня</numerusform>
                <numerusform>Ближайшие %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="167" />
            <source>Returning from future sales</source>
            <translation>Возвращаются из будущих продаж</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="168" />
            <source>Stalled deals</source>
            <translation>Зависшие сделки</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="220" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n просрочено</numerusform>
                <numerusform>%n просрочено</numerusform>
                <numerusform>%n просрочено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="223" />
            <source>%n due today</source>
            <translation>
                <numerusform>%n на сегодня</numerusform>
                <numerusform>%n на сегодня</numerusform>
                <numerusform>%n на сегодня</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="225" />
            <source>%n returning</source>
            <translation>
                <numerusform>%n возвращается</numerusform>
                <numerusform>%n возвращаются</numerusform>
                <numerusform>%n возвращаются</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="227" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n зависла</numerusform>
                <numerusform>%n зависли</numerusform>
                <numerusform>%n зависли</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="431" />
            <source>Mark done…</source>
            <translation>Выполнено…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="433" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="436" />
            <source>Back to pipeline</source>
            <translation>Вернуть в воронку</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="438" />
            <source>Back to another stage…</source>
            <translation>Вернуть на другой этап…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="439" />
            <location filename="../../ui/today/page.py" line="441" />
            <source>Add next step…</source>
            <translation>Следующий шаг…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="443" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
    </context>
    <context>
        <name>TodayScope</name>
        <message>
            <location filename="../../ui/today/scope.py" line="29" />
            <source>Whose follow-ups and deals Today shows</source>
            <translation>Чьи дела и сделки показывает «Сегодня»</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="53" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="85" />
            <source>Showing all pipelines</source>
            <translation>Показаны все воронки</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="89" />
            <source>Showing all pipelines · &lt;a href='one'&gt;only %1&lt;/a&gt;</source>
            <translation>Показаны все воронки · &lt;a href='one'&gt;только «%1»&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="91" />
            <source>Showing %1 · &lt;a href='all'&gt;show all pipelines&lt;/a&gt;</source>
            <translation>Показана воронка «%1» · &lt;a href='all'&gt;показать все воронки&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../ui/reminders/tray.py" line="47" />
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="50" />
            <source>Show Funnel</source>
            <translation>Показать Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="52" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="54" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="83" />
            <source>Funnel is still running</source>
            <translation>Funnel продолжает работать</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="85" />
            <source>Reminders keep coming while Funnel is in the tray. Quit it from the tray menu.</source>
            <translation>Пока Funnel в трее, напоминания продолжают приходить. Выйти можно из меню значка в трее.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../../ui/lists/undo_bar.py" line="37" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/lists/undo_bar.py" line="40" />
            <source>Take this back (Ctrl+Z)</source>
            <translation>Отменить это (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/lists/undo_bar.py" line="47" />
            <source>Dismiss (Esc)</source>
            <translation>Скрыть (Esc)</translation>
        </message>
    </context>
    <context>
        <name>UsersMenu</name>
        <message>
            <location filename="../../ui/team/menu.py" line="25" />
            <source>&amp;Users</source>
            <translation>По&amp;льзователи</translation>
        </message>
        <message>
            <location filename="../../ui/team/menu.py" line="30" />
            <source>&amp;Team members…</source>
            <translation>&amp;Участники команды…</translation>
        </message>
    </context>
    <context>
        <name>WonDialog</name>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="98" />
            <source>Mark deal won</source>
            <translation>Отметить сделку выигранной</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="102" />
            <source>Choose or type a reason (optional)</source>
            <translation>Выберите или введите причину (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="106" />
            <source>Why was “%1” won?</source>
            <translation>Почему «%1» выиграна?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="108" />
            <source>Why was the deal won?</source>
            <translation>Почему сделка выиграна?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="122" />
            <source>Mark won</source>
            <translation>Отметить выигранной</translation>
        </message>
    </context>
</TS>

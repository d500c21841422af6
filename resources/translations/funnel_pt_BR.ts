<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../ui/actions.py" line="78" />
            <source>Move deal</source>
            <translation>movimentação do negócio</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/actions.py" line="82" />
            <source>Move %n deal(s)</source>
            <translation>
                <numerusform>movimentação de %n negócio</numerusform>
                <numerusform>movimentação de %n negócios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>Mark deal won</source>
            <translation>marcação como ganho</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Mark deal lost</source>
            <translation>marcação como perdido</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="103" />
            <source>Archive deal</source>
            <translation>arquivamento do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="110" />
            <source>Reopen deal</source>
            <translation>reabertura do negócio</translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="52" />
            <source>Call</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="53" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="54" />
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="55" />
            <source>Task</source>
            <translation>Tarefa</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesModel</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="88" />
            <source>done %1</source>
            <translation>concluída %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="95" />
            <source>%1 at %2</source>
            <translation>%1 às %2</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="98" />
            <source>overdue</source>
            <translation>atrasada</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="100" />
            <source>repeats</source>
            <translation>repete</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="207" />
            <source>No activities yet: add the next step below.</source>
            <translation>Nenhuma atividade ainda: adicione o próximo passo abaixo.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="211" />
            <source>Mark done</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="216" />
            <source>Snooze ▾</source>
            <translation>Adiar ▾</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="221" />
            <location filename="../../ui/deal_card/activities.py" line="274" />
            <source>Add activity</source>
            <translation>Adicionar atividade</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="227" />
            <source>What is to be done?</source>
            <translation>O que precisa ser feito?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="231" />
            <source>at</source>
            <translation>às</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="235" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="276" />
            <source>Save the deal first to add activities</source>
            <translation>Salve o negócio antes de adicionar atividades</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../ui/activity_actions.py" line="76" />
            <source>Mark activity done</source>
            <translation>conclusão da atividade</translation>
        </message>
        <message>
            <location filename="../../ui/activity_actions.py" line="104" />
            <source>Snooze activity</source>
            <translation>adiamento da atividade</translation>
        </message>
        <message>
            <location filename="../../ui/activity_actions.py" line="125" />
            <source>Add activity</source>
            <translation>adição da atividade</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="177" />
            <source>Edit activity</source>
            <translation>Editar atividade</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="177" />
            <source>New activity</source>
            <translation>Nova atividade</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="194" />
            <source>An RFC 5545 recurrence rule, as calendars write it, e.g. FREQ=WEEKLY;BYDAY=MO</source>
            <translation>Uma regra de recorrência RFC 5545, como nos calendários, ex.: FREQ=WEEKLY;BYDAY=MO</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="196" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="200" />
            <source>Notes (optional)</source>
            <translation>Anotações (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="203" />
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="250" />
            <source>Does not repeat</source>
            <translation>Não se repete</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="251" />
            <source>Every week on %1</source>
            <translation>Toda semana: %1</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="252" />
            <source>Every month on day %1</source>
            <translation>Todo mês no dia %1</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="253" />
            <source>Every year on %1</source>
            <translation>Todo ano em %1</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="259" />
            <source>Every year on the client's birthday (%1)</source>
            <translation>Todo ano no aniversário do cliente (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="264" />
            <source>Custom rule…</source>
            <translation>Regra personalizada…</translation>
        </message>
    </context>
    <context>
        <name>ActivityFields</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="96" />
            <source>What is to be done?</source>
            <translation>O que precisa ser feito?</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="101" />
            <source>at</source>
            <translation>às</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="117" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="118" />
            <source>Subject</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="119" />
            <source>Due</source>
            <translation>Prazo</translation>
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
            <translation>Este funil ainda não tem etapas.</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="123" />
            <source>Board</source>
            <translation>Quadro</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="147" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="151" />
            <source>Move to next stage</source>
            <translation>Mover para a próxima etapa</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="154" />
            <source>Move to previous stage</source>
            <translation>Mover para a etapa anterior</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="156" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="157" />
            <source>Lost…</source>
            <translation>Perdido…</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="159" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="163" />
            <source>Back to pipeline</source>
            <translation>Voltar ao funil</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="271" />
            <source>Showing %1 of %2 deals</source>
            <translation>Mostrando %1 de %2 negócios</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="281" />
            <source>%1 deals · %2 · weighted %3</source>
            <translation>%1 negócios · %2 · ponderado %3</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="560" />
            <source>Move to</source>
            <translation>Mover para</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../ui/board/delegate.py" line="40" />
            <source>Hot</source>
            <translation>Quente</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="41" />
            <source>Warm</source>
            <translation>Morno</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="42" />
            <source>Cold</source>
            <translation>Frio</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="79" />
            <source>No next step</source>
            <translation>Sem próximo passo</translation>
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
            <translation>Sem cliente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="182" />
            <source>%n d</source>
            <comment>days in the stage</comment>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="184" />
            <source>back %1</source>
            <comment>a parked deal's return date</comment>
            <translation>volta %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="188" />
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
        <message>
            <location filename="../../ui/deal_card/header.py" line="37" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="39" />
            <source>Previous deal (Page Up)</source>
            <translation>Negócio anterior (Page Up)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="41" />
            <source>Next</source>
            <translation>Próximo</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="44" />
            <source>Next deal (Page Down)</source>
            <translation>Próximo negócio (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="75" />
            <source>New deal</source>
            <translation>Novo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="77" />
            <source>In %1. Fill in the title, then save.</source>
            <translation>Em %1. Preencha o título e salve.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/header.py" line="83" />
            <source>%n day(s) in stage</source>
            <translation>
                <numerusform>%n dia na etapa</numerusform>
                <numerusform>%n dias na etapa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="91" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="93" />
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="95" />
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/header.py" line="98" />
            <source>Stalled: %n day(s) over</source>
            <translation>
                <numerusform>Parado: %n dia além do prazo</numerusform>
                <numerusform>Parado: %n dias além do prazo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="113" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/imports/wizard.py" line="60" />
            <source>Check</source>
            <translation>Conferir</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="61" />
            <source>Nothing has been written yet.</source>
            <translation>Nada foi gravado ainda.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="63" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="74" />
            <source>Skip these rows and import the others</source>
            <translation>Pular estas linhas e importar as demais</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="92" />
            <source>Checking every row…</source>
            <translation>Conferindo todas as linhas…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="117" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n linha não pode ser importada:</numerusform>
                <numerusform>%n linhas não podem ser importadas:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="121" />
            <source>Line %1: %2</source>
            <translation>Linha %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="138" />
            <source>%n deal(s) will be imported into “%1”.</source>
            <translation>
                <numerusform>%n negócio será importado para “%1”.</numerusform>
                <numerusform>%n negócios serão importados para “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="143" />
            <source>open</source>
            <translation>abertos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="144" />
            <source>won</source>
            <translation>ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="145" />
            <source>lost</source>
            <translation>perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="146" />
            <source>deleted</source>
            <translation>excluídos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="149" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="155" />
            <source>New clients: %1</source>
            <translation>Novos clientes: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="158" />
            <source>New stages: %1</source>
            <translation>Novas etapas: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="160" />
            <source>New pipelines: %1</source>
            <translation>Novos funis: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="162" />
            <source>New owners: %1</source>
            <translation>Novos responsáveis: %1</translation>
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
            <translation>1. O cliente sabe que está no seu funil?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="52" />
            <source>If not: call and offer, or let the deal go.</source>
            <translation>Se não: ligue e ofereça, ou deixe o negócio ir.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="55" />
            <source>Call today</source>
            <translation>Ligar hoje</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="56" />
            <source>Call tomorrow</source>
            <translation>Ligar amanhã</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="57" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="60" />
            <source>2. Are they ready to buy this month?</source>
            <translation>2. Está pronto para comprar este mês?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="63" />
            <source>If not: park the deal in Future sales with a call back.</source>
            <translation>Se não: adie o negócio para Vendas futuras com um retorno agendado.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="68" />
            <source>1 month</source>
            <translation>1 mês</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="69" />
            <source>3 months</source>
            <translation>3 meses</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="70" />
            <source>6 months</source>
            <translation>6 meses</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="71" />
            <source>Until…</source>
            <translation>Até…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="73" />
            <source>Other decisions</source>
            <translation>Outras decisões</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="80" />
            <location filename="../../ui/cleanup/facts.py" line="201" />
            <source>Next step…</source>
            <translation>Próximo passo…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="81" />
            <location filename="../../ui/cleanup/decision_panel.py" line="149" />
            <source>Move to stage…</source>
            <translation>Mover para etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="82" />
            <source>Temperature…</source>
            <translation>Temperatura…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="83" />
            <location filename="../../ui/cleanup/history.py" line="64" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="84" />
            <source>Lost…</source>
            <translation>Perdido…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="85" />
            <source>Silent lead…</source>
            <translation>Lead sem resposta…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="94" />
            <source>Next deal</source>
            <translation>Próximo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="142" />
            <source>Fix or waive the unticked checklist items to move on.</source>
            <translation>Para seguir, resolva ou dispense os itens não marcados do checklist.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="147" />
            <source>Bring back to…</source>
            <translation>Trazer de volta para…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="77" />
            <location filename="../../ui/cleanup/facts.py" line="175" />
            <source>Next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="79" />
            <source>Set next step</source>
            <translation>Definir próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="85" />
            <location filename="../../ui/cleanup/review_view.py" line="260" />
            <location filename="../../ui/cleanup/text.py" line="19" />
            <source>Call</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="90" />
            <source>At</source>
            <translation>Às</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="100" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="101" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="113" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="77" />
            <source>Subject</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="102" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="132" />
            <source>Park until a date</source>
            <translation>Adiar até uma data</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="134" />
            <source>Park</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="136" />
            <source>Call the client back on:</source>
            <translation>Retornar ao cliente em:</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="158" />
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="167" />
            <source>%1 (now)</source>
            <translation>%1 (atual)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="203" />
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="205" />
            <source>Set</source>
            <translation>Definir</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="212" />
            <source>Not set</source>
            <translation>Não definido</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="233" />
            <source>Log a contact</source>
            <translation>Registrar contato</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="235" />
            <source>Log</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="243" />
            <source>What was said, what was agreed</source>
            <translation>O que foi dito, o que foi combinado</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="247" />
            <source>How</source>
            <translation>Como</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="248" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="267" />
            <source>Fill in the deal</source>
            <translation>Preencher o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="269" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="273" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="278" />
            <location filename="../../ui/cleanup/facts.py" line="172" />
            <location filename="../../ui/cleanup/summary_view.py" line="107" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="279" />
            <location filename="../../ui/cleanup/facts.py" line="173" />
            <source>Expected close</source>
            <translation>Previsão de fechamento</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="302" />
            <source>Add a note</source>
            <translation>Adicionar anotação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="304" />
            <source>Add note</source>
            <translation>Adicionar anotação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="76" />
            <source>Waive</source>
            <translation>Dispensar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="80" />
            <source>Waived: undo</source>
            <translation>Dispensado: desfazer</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="107" />
            <source>waived for this review</source>
            <translation>dispensado nesta revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="153" />
            <source>Cool down</source>
            <translation>Esfriar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="155" />
            <source>Keep as is</source>
            <translation>Manter</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="171" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="174" />
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="176" />
            <source>Latest notes</source>
            <translation>Últimas anotações</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="191" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="195" />
            <source>Add note…</source>
            <translation>Anotação…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="198" />
            <source>Log contact…</source>
            <translation>Registrar contato…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="204" />
            <source>Fill in…</source>
            <translation>Preencher…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="239" />
            <source>No client</source>
            <translation>Sem cliente</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="252" />
            <source>Parked in %1 until %2; returns to %3</source>
            <translation>Adiado em %1 até %2; volta para %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="259" />
            <source>%1 · %n day(s) in stage</source>
            <translation>
                <numerusform>%1 · %n dia na etapa</numerusform>
                <numerusform>%1 · %n dias na etapa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="263" />
            <source>(stalls after %n day(s))</source>
            <translation>
                <numerusform>(fica parado após %n dia)</numerusform>
                <numerusform>(fica parado após %n dias)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="271" />
            <location filename="../../ui/cleanup/facts.py" line="275" />
            <source>Not filled in</source>
            <translation>Não preenchido</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="284" />
            <location filename="../../ui/cleanup/facts.py" line="378" />
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="312" />
            <source>No reply to the notice: archive?</source>
            <translation>Sem resposta ao aviso: arquivar?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="316" />
            <source>Replied after the notice</source>
            <translation>Respondeu após o aviso</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="320" />
            <source>Notice sent, waiting for a reply</source>
            <translation>Aviso enviado, aguardando resposta</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="338" />
            <source>%1 → %2? No purchase and no activity for %n day(s) or more.</source>
            <translation>
                <numerusform>%1 → %2? Nenhuma compra e nenhuma atividade há %n dia ou mais.</numerusform>
                <numerusform>%1 → %2? Nenhuma compra e nenhuma atividade há %n dias ou mais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="357" />
            <source>None logged</source>
            <translation>Nenhum registrado</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="360" />
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="373" />
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>atrasado há %n dia</numerusform>
                <numerusform>atrasado há %n dias</numerusform>
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
        <message>
            <location filename="../../ui/cleanup/history.py" line="57" />
            <source>Week of</source>
            <translation>Semana de</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="58" />
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="59" />
            <source>Time</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="60" />
            <source>Reviewed</source>
            <translation>Revisados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="61" />
            <source>Calls</source>
            <translation>Ligações</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="62" />
            <source>Parked</source>
            <translation>Adiados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="63" />
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="65" />
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="93" />
            <source>Skipped</source>
            <translation>Pulada</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="95" />
            <source>Due this week</source>
            <translation>Prevista esta semana</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="28" />
            <location filename="../../ui/cleanup/review_view.py" line="75" />
            <source>Weekly clean-up</source>
            <translation>Limpeza semanal do funil</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="32" />
            <source>Settings…</source>
            <translation>Configurações…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="53" />
            <location filename="../../ui/cleanup/home.py" line="162" />
            <source>Start review</source>
            <translation>Iniciar revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="64" />
            <source>Every open deal, stalled ones first: does the client know they are in your funnel, and are they ready to buy this month? Each deal leaves with a decision and a next step.</source>
            <translation>Todos os negócios abertos, os parados primeiro: o cliente sabe que está no seu funil e está pronto para comprar este mês? Cada negócio sai com uma decisão e um próximo passo.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="88" />
            <source>Past weeks</source>
            <translation>Semanas anteriores</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="99" />
            <source>No clean-up yet: the first one starts the history.</source>
            <translation>Nenhuma limpeza ainda: a primeira inicia o histórico.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="120" />
            <source>Reminder every %1 at %2</source>
            <translation>Lembrete a cada %1 às %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="127" />
            <source>Under way: %1 of %2 deals decided</source>
            <translation>Em andamento: %1 de %2 negócios decididos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="133" />
            <source>Pick up where you left off.</source>
            <translation>Continue de onde parou.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="135" />
            <source>Resume review</source>
            <translation>Continuar revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="139" />
            <source>This week's clean-up is due</source>
            <translation>A limpeza desta semana está pendente</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="144" />
            <source>Done for this week. Next clean-up: %1, %2</source>
            <translation>Pronto por esta semana. Próxima limpeza: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="153" />
            <source>Next clean-up: %1, %2</source>
            <translation>Próxima limpeza: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="160" />
            <source>Review again</source>
            <translation>Revisar de novo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="166" />
            <source>%n week(s) skipped before this one.</source>
            <translation>
                <numerusform>%n semana pulada antes desta.</numerusform>
                <numerusform>%n semanas puladas antes desta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="178" />
            <source>Streak: %n week(s) in a row</source>
            <translation>
                <numerusform>Sequência: %n semana seguida</numerusform>
                <numerusform>Sequência: %n semanas seguidas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="187" />
            <source>No open deals to review.</source>
            <translation>Nenhum negócio aberto para revisar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="188" />
            <source>%n open deal(s) to review</source>
            <translation>
                <numerusform>%n negócio aberto para revisar</numerusform>
                <numerusform>%n negócios abertos para revisar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="191" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n parado</numerusform>
                <numerusform>%n parados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="194" />
            <source>%n without a next step</source>
            <translation>
                <numerusform>%n sem próximo passo</numerusform>
                <numerusform>%n sem próximo passo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="198" />
            <source>%n back from Future sales</source>
            <translation>
                <numerusform>%n de volta das Vendas futuras</numerusform>
                <numerusform>%n de volta das Vendas futuras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="72" />
            <source>Clean-up</source>
            <translation>Limpeza do funil</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="89" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="182" />
            <source>Weekly pipeline clean-up</source>
            <translation>Limpeza semanal do funil</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="84" />
            <source>Open deal</source>
            <translation>Abrir negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="86" />
            <source>Leave</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="89" />
            <source>Finish review</source>
            <translation>Concluir revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="183" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="265" />
            <source>Archive deal</source>
            <translation>arquivamento do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="313" />
            <source>Mark deal won</source>
            <translation>marcação como ganho</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="325" />
            <source>Mark deal lost</source>
            <translation>marcação como perdido</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="344" />
            <source>Park deal</source>
            <translation>adiamento do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="351" />
            <source>Call back</source>
            <translation>Retornar ligação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="368" />
            <source>Bring the deal back</source>
            <translation>Trazer o negócio de volta</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="370" />
            <source>Move to stage</source>
            <translation>Mover para etapa</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="381" />
            <source>Move deal</source>
            <translation>movimentação do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="398" />
            <source>No mail program opened the message; nothing was recorded. Set a default mail program, or write to the client yourself.</source>
            <translation>Nenhum programa de e-mail abriu a mensagem; nada foi registrado. Defina um programa de e-mail padrão ou escreva ao cliente você mesmo.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="413" />
            <source>Archive unless they reply</source>
            <translation>Arquivar se não responder</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/review_view.py" line="531" />
            <source>%n deal(s) are still to decide. Finish the review anyway?</source>
            <translation>
                <numerusform>Ainda falta decidir %n negócio. Concluir a revisão mesmo assim?</numerusform>
                <numerusform>Ainda falta decidir %n negócios. Concluir a revisão mesmo assim?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="533" />
            <source>Finish the review</source>
            <translation>Concluir a revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="57" />
            <source>Clean-up settings</source>
            <translation>Configurações da limpeza</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="78" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="83" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="64" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="86" />
            <source>Remind me every</source>
            <translation>Lembrar a cada</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="88" />
            <source>Archive a silent lead after</source>
            <translation>Arquivar lead sem resposta após</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="91" />
            <source>Propose cooling a quiet client after</source>
            <translation>Sugerir esfriar cliente inativo após</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="104" />
            <source>Restore the default wording</source>
            <translation>Restaurar o texto padrão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="108" />
            <source>Placeholders: %1</source>
            <translation>Campos: %1</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="112" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="74" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="114" />
            <source>Silent-lead message</source>
            <translation>Mensagem para lead sem resposta</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="43" />
            <source>Silent lead</source>
            <translation>Lead sem resposta</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="46" />
            <source>“%1” has gone quiet. Your mail program will open with this message; the deal is archived after the days below unless a reply is logged.</source>
            <translation>“%1” parou de responder. Seu programa de e-mail vai abrir com esta mensagem; o negócio será arquivado após os dias abaixo, a menos que uma resposta seja registrada.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="75" />
            <source>Archive after</source>
            <translation>Arquivar após</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="76" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="82" />
            <source>Open in mail program</source>
            <translation>Abrir no programa de e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="122" />
            <source>No e-mail on file: add the address in the mail program</source>
            <translation>Sem e-mail cadastrado: adicione o endereço no programa de e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="129" />
            <source>Archive task due %1.</source>
            <translation>Tarefa de arquivamento em %1.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="64" />
            <source>Clean-up done</source>
            <translation>Limpeza concluída</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="70" />
            <source>deals reviewed</source>
            <translation>negócios revisados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="71" />
            <source>calls scheduled</source>
            <translation>ligações agendadas</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="72" />
            <source>parked</source>
            <translation>adiados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="73" />
            <source>archived</source>
            <translation>arquivados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="74" />
            <source>won</source>
            <translation>ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="75" />
            <source>lost</source>
            <translation>perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="77" />
            <source>still without a next step</source>
            <translation>ainda sem próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="86" />
            <source>Your sales pipelines</source>
            <translation>Seus funis de vendas</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="91" />
            <location filename="../../ui/cleanup/summary_view.py" line="196" />
            <source>Last review</source>
            <translation>Última revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="95" />
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="97" />
            <source>Change</source>
            <translation>Variação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="106" />
            <source>Open deals</source>
            <translation>Negócios abertos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="108" />
            <source>Stalled</source>
            <translation>Parados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="125" />
            <source>Back to the clean-up page</source>
            <translation>Voltar à página de limpeza</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="165" />
            <source>%1 of %2 deals decided</source>
            <translation>%1 de %2 negócios decididos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/summary_view.py" line="181" />
            <source>%n week(s) in a row</source>
            <translation>
                <numerusform>%n semana seguida</numerusform>
                <numerusform>%n semanas seguidas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="183" />
            <source>A new streak starts today.</source>
            <translation>Uma nova sequência começa hoje.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="192" />
            <source>Last review (%1)</source>
            <translation>Última revisão (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="20" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="21" />
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="22" />
            <source>Task</source>
            <translation>Tarefa</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="28" />
            <source>Notes made since the last contact</source>
            <translation>Anotações feitas desde o último contato</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="29" />
            <source>The contact logged as an activity</source>
            <translation>Contato registrado como atividade</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="30" />
            <source>A reminder or next task set</source>
            <translation>Lembrete ou próxima tarefa definidos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="31" />
            <source>Stage, value and expected close filled in</source>
            <translation>Etapa, valor e previsão de fechamento preenchidos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="39" />
            <source>no value</source>
            <translation>sem valor</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="40" />
            <source>no expected close</source>
            <translation>sem previsão de fechamento</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="41" />
            <source>expected close has passed</source>
            <translation>previsão de fechamento vencida</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/text.py" line="47" />
            <source>Stalled · %n day(s) over</source>
            <translation>
                <numerusform>Parado · +%n dia</numerusform>
                <numerusform>Parado · +%n dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="49" />
            <source>No next step</source>
            <translation>Sem próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/text.py" line="50" />
            <source>Back from Future sales</source>
            <translation>De volta das Vendas futuras</translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <location filename="../../ui/clients/card.py" line="89" />
            <source>New client</source>
            <translation>Novo cliente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="94" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="120" />
            <source>The birthday is known</source>
            <translation>Aniversário conhecido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="128" />
            <source>Not known</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="145" />
            <source>What to remember about this client</source>
            <translation>O que lembrar sobre este cliente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="151" />
            <source>Company:</source>
            <translation>Empresa:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="152" />
            <source>Phones:</source>
            <translation>Telefones:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="153" />
            <source>E-mails:</source>
            <translation>E-mails:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="154" />
            <source>Source:</source>
            <translation>Origem:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="155" />
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="156" />
            <source>Temperature:</source>
            <translation>Temperatura:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="157" />
            <source>Birthday:</source>
            <translation>Aniversário:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="158" />
            <source>Referred by:</source>
            <translation>Indicado por:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="182" />
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="252" />
            <source>Deals (%n)</source>
            <translation>
                <numerusform>Negócios (%n)</numerusform>
                <numerusform>Negócios (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="253" />
            <source>Purchases (%n)</source>
            <translation>
                <numerusform>Compras (%n)</numerusform>
                <numerusform>Compras (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="259" />
            <source>Total: %1</source>
            <translation>Total: %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="306" />
            <source>A client needs a name.</source>
            <translation>O cliente precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="315" />
            <source>“%1” does not look like a phone number.</source>
            <translation>“%1” não parece um número de telefone.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="317" />
            <source>“%1” is not an e-mail address.</source>
            <translation>“%1” não é um endereço de e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="321" />
            <source>Pick who referred this client from the list, or clear the box.</source>
            <translation>Escolha na lista quem indicou este cliente ou limpe o campo.</translation>
        </message>
    </context>
    <context>
        <name>ClientDealsModel</name>
        <message>
            <location filename="../../ui/clients/history.py" line="67" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="68" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="69" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="70" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>ClientHitsModel</name>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="63" />
            <source>Create client «%1»</source>
            <translation>Criar cliente “%1”</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="298" />
            <location filename="../../ui/deal_card/client_picker.py" line="95" />
            <source>Type a name, phone or e-mail</source>
            <translation>Nome, telefone ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="114" />
            <source>+1 555 010 0200</source>
            <translation>+55 11 91234-5678</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="117" />
            <source>name@example.com</source>
            <translation>nome@exemplo.com.br</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="122" />
            <source>Phone:</source>
            <translation>Telefone:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="123" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="185" />
            <source>Pick a client from the list, or choose “Create client «%1»”.</source>
            <translation>Escolha um cliente na lista ou a opção “Criar cliente ‘%1’”.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="227" />
            <source>New client «%1» is created when you save the deal.</source>
            <translation>O novo cliente “%1” será criado quando você salvar o negócio.</translation>
        </message>
    </context>
    <context>
        <name>ClientsModel</name>
        <message>
            <location filename="../../ui/clients/model.py" line="24" />
            <source>Hot</source>
            <translation>Quente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="25" />
            <source>Warm</source>
            <translation>Morno</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="26" />
            <source>Cold</source>
            <translation>Frio</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="45" />
            <source>Website</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="46" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="47" />
            <source>VK</source>
            <translation>VK</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="48" />
            <source>Referral</source>
            <translation>Indicação</translation>
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
            <translation>Ligação fria</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="52" />
            <source>Exhibition</source>
            <translation>Feira</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="72" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="74" />
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="75" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="76" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="77" />
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="78" />
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="79" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="82" />
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="89" />
            <source>Purchases</source>
            <translation>Compras</translation>
        </message>
        <message>
            <location filename="../../ui/clients/model.py" line="96" />
            <source>Last purchase</source>
            <translation>Última compra</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <location filename="../../ui/clients/page.py" line="76" />
            <source>Filter by name, company, phone or e-mail</source>
            <translation>Filtrar por nome, empresa, telefone ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="80" />
            <source>Any temperature</source>
            <translation>Qualquer temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="82" />
            <source>Hot</source>
            <translation>Quentes</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="83" />
            <source>Warm</source>
            <translation>Mornos</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="84" />
            <source>Cold</source>
            <translation>Frios</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="89" />
            <source>Not set</source>
            <translation>Não definido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="91" />
            <source>New client</source>
            <translation>Novo cliente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="106" />
            <source>No clients match these filters.</source>
            <translation>Nenhum cliente corresponde a estes filtros.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="135" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="155" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clientes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnModel</name>
        <message>
            <location filename="../../ui/board/model.py" line="100" />
            <source>Client: %1</source>
            <translation>Cliente: %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/model.py" line="102" />
            <source>Owner: %1</source>
            <translation>Responsável: %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/model.py" line="104" />
            <source>Next step: %1</source>
            <translation>Próximo passo: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/model.py" line="106" />
            <source>Stalled: %n d over the stage's limit</source>
            <translation>
                <numerusform>Parado: %n dia além do prazo da etapa</numerusform>
                <numerusform>Parado: %n dias além do prazo da etapa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnSettings</name>
        <message>
            <location filename="../../ui/deals/table.py" line="179" />
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
    </context>
    <context>
        <name>ColumnWidget</name>
        <message>
            <location filename="../../ui/board/column.py" line="133" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="137" />
            <source>Open deals in this stage: %Ln</source>
            <translation>
                <numerusform>Negócios abertos nesta etapa: %Ln</numerusform>
                <numerusform>Negócios abertos nesta etapa: %Ln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="142" />
            <source>Weighted %1 (%2%)</source>
            <translation>Ponderado %1 (%2%)</translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="148" />
            <source>Total value of the open deals</source>
            <translation>Valor total dos negócios abertos</translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="150" />
            <source>%1 — deals: %2, weighted %3</source>
            <translation>%1 — negócios: %2, ponderado %3</translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="159" />
            <source>The value multiplied by the stage's probability of winning</source>
            <translation>O valor multiplicado pela probabilidade de ganho da etapa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="162" />
            <source>%Ln stalled</source>
            <translation>
                <numerusform>%Ln parado</numerusform>
                <numerusform>%Ln parados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="166" />
            <source>stalls after %n d</source>
            <translation>
                <numerusform>limite %n d</numerusform>
                <numerusform>limite %n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/column.py" line="168" />
            <source>A deal in this stage longer than %n d is stalled</source>
            <translation>
                <numerusform>Um negócio há mais de %n dia nesta etapa fica parado</numerusform>
                <numerusform>Um negócio há mais de %n dias nesta etapa fica parado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/column.py" line="171" />
            <source>never stalls</source>
            <translation>nunca fica parado</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="76" />
            <source>Add phone</source>
            <translation>Adicionar telefone</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="76" />
            <source>Add e-mail</source>
            <translation>Adicionar e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="113" />
            <source>+1 555 010 0200</source>
            <translation>+55 11 91234-5678</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="113" />
            <source>name@example.com</source>
            <translation>nome@exemplo.com.br</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="124" />
            <location filename="../../ui/clients/fields.py" line="142" />
            <source>Write</source>
            <translation>Escrever</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="128" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="142" />
            <source>Call</source>
            <translation>Ligar</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/i18n.py" line="153" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="155" />
            <source>Tomorrow</source>
            <translation>Amanhã</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="157" />
            <source>Yesterday</source>
            <translation>Ontem</translation>
        </message>
    </context>
    <context>
        <name>DealCard</name>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="118" />
            <source>Stage history</source>
            <translation>Histórico de etapas</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="137" />
            <location filename="../../ui/deal_card/dialog.py" line="238" />
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="138" />
            <location filename="../../ui/deal_card/dialog.py" line="243" />
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="144" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="149" />
            <source>Save and close (Ctrl+S saves and stays)</source>
            <translation>Salvar e fechar (Ctrl+S salva sem fechar)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="151" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="212" />
            <location filename="../../ui/deal_card/dialog.py" line="347" />
            <source>New deal</source>
            <translation>Novo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="214" />
            <source>Deal — %1</source>
            <translation>Negócio — %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="237" />
            <source>Notes (%1)</source>
            <translation>Anotações (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="241" />
            <source>Activities (%1)</source>
            <translation>Atividades (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="345" />
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="346" />
            <source>Save the changes to «%1»?</source>
            <translation>Salvar as alterações em “%1”?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="401" />
            <source>Bring deal back</source>
            <translation>volta do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/format.py" line="59" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 12 Nov 2026</comment>
            <translation>d 'de' MMM 'de' yyyy</translation>
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
            <translation>O que está sendo vendido, ex.: Redesign do site</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="71" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="72" />
            <source>Lost…</source>
            <translation>Perdido…</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="73" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="74" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="75" />
            <source>Mark the deal won (records a purchase)</source>
            <translation>Marcar o negócio como ganho (registra uma compra)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="76" />
            <source>Mark the deal lost, with a reason</source>
            <translation>Marcar o negócio como perdido, com um motivo</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="77" />
            <source>Put the deal away without a result</source>
            <translation>Guardar o negócio sem resultado</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="85" />
            <source>Not ready this month…</source>
            <translation>Este mês não…</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="88" />
            <source>Park the deal in Future sales with a call-back in 1, 3 or 6 months</source>
            <translation>Adiar o negócio para Vendas futuras com retorno em 1, 3 ou 6 meses</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="90" />
            <source>Back to pipeline</source>
            <translation>Voltar ao funil</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="92" />
            <source>Back to the stage it was parked from</source>
            <translation>Voltar para a etapa de onde foi adiado</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="105" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="106" />
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="107" />
            <source>C&amp;lient:</source>
            <translation>C&amp;liente:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="108" />
            <source>&amp;Owner:</source>
            <translation>&amp;Responsável:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="109" />
            <source>Expected &amp;close:</source>
            <translation>&amp;Previsão de fechamento:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="110" />
            <source>&amp;Stage:</source>
            <translation>&amp;Etapa:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="111" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="138" />
            <source>Nobody</source>
            <translation>Ninguém</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="197" />
            <source>A deal needs a title.</source>
            <translation>O negócio precisa de um título.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/form.py" line="208" />
            <source>A currency is a three-letter code such as USD, RUB, BRL.</source>
            <translation>A moeda é um código de três letras, como USD, RUB, BRL.</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <location filename="../../ui/deals/model.py" line="20" />
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="21" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="22" />
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="23" />
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="41" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="43" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="44" />
            <source>Pipeline</source>
            <translation>Funil</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="45" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="46" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="49" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="54" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="57" />
            <source>Days in stage</source>
            <translation>Dias na etapa</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="63" />
            <source>Expected close</source>
            <translation>Previsão de fechamento</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="67" />
            <source>Created</source>
            <translation>Criado em</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/model.py" line="106" />
            <source>Stalled: %n day(s) over the stage's limit</source>
            <translation>
                <numerusform>Parado: %n dia além do prazo da etapa</numerusform>
                <numerusform>Parado: %n dias além do prazo da etapa</numerusform>
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
            <translation>Abertos</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="69" />
            <source>Won</source>
            <translation>Ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="70" />
            <source>Lost</source>
            <translation>Perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="71" />
            <source>Archived</source>
            <translation>Arquivados</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="72" />
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="79" />
            <source>Filter by title, client, phone or e-mail</source>
            <translation>Filtrar por título, cliente, telefone ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="82" />
            <source>Move to stage…</source>
            <translation>Mover para etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="99" />
            <source>No deals match these filters.</source>
            <translation>Nenhum negócio corresponde a estes filtros.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="135" />
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="159" />
            <source>All pipelines</source>
            <translation>Todos os funis</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="165" />
            <source>All owners</source>
            <translation>Todos os responsáveis</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="179" />
            <source>All stages</source>
            <translation>Todas as etapas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="207" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln negócio</numerusform>
                <numerusform>%Ln negócios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="255" />
            <source>Select at most %n deals to move at once</source>
            <translation>
                <numerusform>Selecione no máximo %n negócio para mover de uma vez</numerusform>
                <numerusform>Selecione no máximo %n negócios para mover de uma vez</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="300" />
            <source>Open deal</source>
            <translation>Abrir negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="302" />
            <source>Move to stage</source>
            <translation>Mover para etapa</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <location filename="../../ui/desktop.py" line="98" />
            <source>Export reminders to calendar</source>
            <translation>Exportar lembretes para o calendário</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="100" />
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>Arquivos iCalendar (*.ics);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="113" />
            <source>The calendar could not be written to %1: %2</source>
            <translation>Não foi possível gravar o calendário em %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="119" />
            <source>Follow-ups exported to %1</source>
            <translation>Lembretes exportados para %1</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="391" />
            <source>Mark done</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="412" />
            <source>What came of it? (optional)</source>
            <translation>Qual foi o resultado? (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="416" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="417" />
            <source>Enter: on to the next step · Esc: cancel</source>
            <translation>Enter: ir para o próximo passo · Esc: cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="425" />
            <source>Next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="432" />
            <source>Also schedule a next step</source>
            <translation>Agendar também um próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="439" />
            <source>Enter: schedule it · Esc: finish without a next step</source>
            <translation>Enter: agendar · Esc: concluir sem próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="452" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="453" />
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="482" />
            <source>This was the last time it repeats.</source>
            <translation>Esta foi a última repetição.</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="484" />
            <source>It repeats: the next one is created for %1.</source>
            <translation>Ela se repete: a próxima foi criada para %1.</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="491" />
            <source>Enter: finish · Esc: finish</source>
            <translation>Enter: concluir · Esc: concluir</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="504" />
            <source>Finish</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="504" />
            <source>Schedule</source>
            <translation>Agendar</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="505" />
            <source>Skip</source>
            <translation>Pular</translation>
        </message>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="506" />
            <source>Finish without a next step (Esc)</source>
            <translation>Concluir sem próximo passo (Esc)</translation>
        </message>
    </context>
    <context>
        <name>DropZoneBar</name>
        <message>
            <location filename="../../ui/board/drop_zones.py" line="96" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/board/drop_zones.py" line="97" />
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <location filename="../../ui/board/drop_zones.py" line="98" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../funnel/deals.py" line="98" />
            <location filename="../../funnel/deals.py" line="116" />
            <location filename="../../funnel/deals.py" line="120" />
            <source>'{value}' is not an amount of money.</source>
            <translation>“{value}” não é um valor em dinheiro.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="124" />
            <source>An amount cannot be negative (got {value}).</source>
            <translation>O valor não pode ser negativo (recebido: {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="128" />
            <source>'{value}' is too large an amount.</source>
            <translation>“{value}” é um valor grande demais.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="137" />
            <source>A currency is a three-letter code such as USD, RUB, BRL (got '{currency}').</source>
            <translation>A moeda é um código de três letras, como USD, RUB, BRL (recebido: “{currency}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="172" />
            <location filename="../../funnel/deals.py" line="251" />
            <source>A deal needs a title.</source>
            <translation>O negócio precisa de um título.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="182" />
            <source>Stage '{stage}' is not in that pipeline.</source>
            <translation>A etapa “{stage}” não está nesse funil.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="192" />
            <source>There is no pipeline with id {pipeline_id}, or it has no stages.</source>
            <translation>Não existe funil com id {pipeline_id}, ou ele não tem etapas.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals.py" line="243" />
            <source>Cannot set {fields} here; stage and status changes are moves.</source>
            <translation>Não é possível definir {fields} aqui; mudanças de etapa e status são movimentações.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="129" />
            <source>An activity is a {kinds} or {last_kind} (got '{kind}').</source>
            <translation>O tipo de atividade é {kinds} ou {last_kind} (recebido: “{kind}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="141" />
            <source>An activity needs a subject: what is to be done?</source>
            <translation>A atividade precisa de um assunto: o que deve ser feito?</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="145" />
            <source>An activity subject is at most {max_subject} characters.</source>
            <translation>O assunto da atividade tem no máximo {max_subject} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="154" />
            <source>There is no owner with id {owner_id}.</source>
            <translation>Não existe responsável com id {owner_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="167" />
            <location filename="../../funnel/activities.py" line="199" />
            <location filename="../../funnel/snooze.py" line="92" />
            <location filename="../../funnel/snooze.py" line="129" />
            <source>There is no activity with id {activity_id}.</source>
            <translation>Não existe atividade com id {activity_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="285" />
            <source>An activity's due date must be a date.</source>
            <translation>O prazo da atividade deve ser uma data.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="288" />
            <source>An activity belongs to a deal or a client; choose one.</source>
            <translation>A atividade pertence a um negócio ou a um cliente; escolha um.</translation>
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
            <translation>Não existe negócio com id {deal_id}.</translation>
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
            <translation>Não existe cliente com id {client_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="395" />
            <source>Activity '{subject}' is already done.</source>
            <translation>A atividade “{subject}” já foi concluída.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="430" />
            <location filename="../../funnel/snooze.py" line="134" />
            <source>Activity '{subject}' has changed since; it cannot be undone.</source>
            <translation>A atividade “{subject}” mudou desde então; não é possível desfazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/activities.py" line="506" />
            <source>Client '{client}' has no birthday on file.</source>
            <translation>O cliente “{client}” não tem aniversário cadastrado.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="69" />
            <source>This review is finished; start next week's to decide again.</source>
            <translation>Esta revisão foi concluída; inicie a da próxima semana para decidir de novo.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="90" />
            <location filename="../../funnel/cleanup/review.py" line="177" />
            <source>There is no review item with id {item_id}.</source>
            <translation>Não existe item de revisão com id {item_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="100" />
            <source>Deal '{title}' has already been decided in this review.</source>
            <translation>O negócio “{title}” já foi decidido nesta revisão.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="114" />
            <source>Deal '{title}' is {status}; there is nothing to decide.</source>
            <translation>O negócio “{title}” está fechado ({status}); não há o que decidir.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="182" />
            <source>Schedule the call for today or later (got {day}).</source>
            <translation>Agende a ligação para hoje ou depois (recebido: {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="293" />
            <source>A next step is today or later (got {day}).</source>
            <translation>O próximo passo é hoje ou depois (recebido: {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="320" />
            <source>Deal '{title}' still misses part of its checklist ({missing}); fix or waive it first.</source>
            <translation>O negócio “{title}” ainda tem itens pendentes no checklist ({missing}); resolva ou dispense-os antes.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="353" />
            <location filename="../../funnel/deals.py" line="177" />
            <location filename="../../funnel/moves.py" line="112" />
            <location filename="../../funnel/parking.py" line="243" />
            <location filename="../../funnel/pipelines.py" line="73" />
            <source>There is no stage with id {stage_id}.</source>
            <translation>Não existe etapa com id {stage_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="357" />
            <source>'{stage}' is a future-sales stage; park the deal to put it there.</source>
            <translation>“{stage}” é uma etapa de vendas futuras; adie o negócio para colocá-lo lá.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="387" />
            <source>Deal '{title}' has no client to be hot, warm or cold.</source>
            <translation>O negócio “{title}” não tem cliente para ser quente, morno ou frio.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="481" />
            <location filename="../../funnel/cleanup/review.py" line="102" />
            <source>There is no review with id {review_id}.</source>
            <translation>Não existe revisão com id {review_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="497" />
            <source>Client '{name}' is not hot or warm; nothing to cool.</source>
            <translation>O cliente “{name}” não está quente nem morno; não há o que esfriar.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="258" />
            <source>A checklist item is one of {names} (got '{key}').</source>
            <translation>O item do checklist é um de: {names} (recebido: “{key}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="288" />
            <source>This review is already finished.</source>
            <translation>Esta revisão já foi concluída.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/silent.py" line="108" />
            <source>Archive a silent lead after 1 to {max_days} days without a reply (got {days}).</source>
            <translation>Arquive um lead sem resposta após 1 a {max_days} dias sem retorno (recebido: {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="99" />
            <source>The message needs a subject.</source>
            <translation>A mensagem precisa de um assunto.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="101" />
            <source>The message cannot be empty.</source>
            <translation>A mensagem não pode ficar vazia.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="104" />
            <source>The subject is at most {limit} characters.</source>
            <translation>O assunto tem no máximo {limit} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="109" />
            <source>The message is at most {limit} characters.</source>
            <translation>A mensagem tem no máximo {limit} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="116" />
            <source>The subject has an unmatched brace; write a placeholder as {example}, or a brace itself as {{{{ or }}}}.</source>
            <translation>O assunto tem uma chave sem par; escreva um campo como {example}, ou a própria chave como {{{{ ou }}}}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="121" />
            <source>The subject names {name}, which is not one of {names}.</source>
            <translation>O assunto cita {name}, que não é um de: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="125" />
            <source>The message has an unmatched brace; write a placeholder as {example}, or a brace itself as {{{{ or }}}}.</source>
            <translation>A mensagem tem uma chave sem par; escreva um campo como {example}, ou a própria chave como {{{{ ou }}}}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/templates.py" line="130" />
            <source>The message names {name}, which is not one of {names}.</source>
            <translation>A mensagem cita {name}, que não é um de: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/silent.py" line="195" />
            <source>Deal '{title}' is {status}; only an open deal is asked.</source>
            <translation>O negócio “{title}” está fechado ({status}); só se pergunta em negócios abertos.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/temperature.py" line="75" />
            <source>Propose cooling a client down after 1 to {max_days} quiet days (got {days}).</source>
            <translation>Sugira esfriar um cliente após 1 a {max_days} dias sem contato (recebido: {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/client_list.py" line="145" />
            <source>Clients can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Os clientes podem ser ordenados por {choices} (recebido: “{sort_key}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/client_list.py" line="166" />
            <source>Temperature is hot, warm or cold (got '{temperature}').</source>
            <translation>A temperatura é hot, warm ou cold (recebido: “{temperature}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/client_list.py" line="183" />
            <source>Ask for at most {max_page} clients at a time (got {count}).</source>
            <translation>Peça no máximo {max_page} clientes por vez (pedidos: {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="59" />
            <source>'{phone}' does not look like a phone number.</source>
            <translation>“{phone}” não parece um número de telefone.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="68" />
            <source>'{email}' is not an e-mail address.</source>
            <translation>“{email}” não é um endereço de e-mail.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="79" />
            <source>Temperature is hot, warm or cold (got '{value}').</source>
            <translation>A temperatura é hot, warm ou cold (recebido: “{value}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="97" />
            <source>There is no client with id {referred_by_id} to be the referrer.</source>
            <translation>Não existe cliente com id {referred_by_id} para ser quem indicou.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="166" />
            <location filename="../../funnel/clients.py" line="203" />
            <source>A client needs a name.</source>
            <translation>O cliente precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="197" />
            <source>Unknown client field(s): {fields}.</source>
            <translation>Campo(s) de cliente desconhecido(s): {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/clients.py" line="218" />
            <source>A client cannot be referred by themselves.</source>
            <translation>Um cliente não pode ser indicado por ele mesmo.</translation>
        </message>
        <message>
            <location filename="../../funnel/deal_list.py" line="102" />
            <location filename="../../funnel/deals.py" line="355" />
            <source>Status is one of {choices} (got '{status}').</source>
            <translation>O status é um de: {choices} (recebido: “{status}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/deal_list.py" line="109" />
            <source>Deals can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Os negócios podem ser ordenados por {choices} (recebido: “{sort_key}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/deal_list.py" line="151" />
            <source>Ask for at most {max_page} deals at a time (got {count}).</source>
            <translation>Peça no máximo {max_page} negócios por vez (pedidos: {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="172" />
            <source>Deal '{title}' is already in stage '{stage}'.</source>
            <translation>O negócio “{title}” já está na etapa “{stage}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="233" />
            <source>Deal '{title}' is already won.</source>
            <translation>O negócio “{title}” já está ganho.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="234" />
            <source>Deal '{title}' is already lost.</source>
            <translation>O negócio “{title}” já está perdido.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="235" />
            <source>Deal '{title}' is already archived.</source>
            <translation>O negócio “{title}” já está arquivado.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="290" />
            <source>Say why the deal was lost.</source>
            <translation>Diga por que o negócio foi perdido.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="319" />
            <source>Deal '{title}' is already open.</source>
            <translation>O negócio “{title}” já está aberto.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="344" />
            <source>Deal '{title}' has changed since; it cannot be undone.</source>
            <translation>O negócio “{title}” mudou desde então; não é possível desfazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/moves.py" line="379" />
            <source>Deal '{title}' has changed since; it cannot be redone.</source>
            <translation>O negócio “{title}” mudou desde então; não é possível refazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="43" />
            <source>A note cannot be empty.</source>
            <translation>A anotação não pode ficar vazia.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="46" />
            <source>A note is at most {max_body} characters.</source>
            <translation>A anotação tem no máximo {max_body} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="51" />
            <source>A note belongs to a deal or a client; choose one.</source>
            <translation>A anotação pertence a um negócio ou a um cliente; escolha um.</translation>
        </message>
        <message>
            <location filename="../../funnel/notes.py" line="74" />
            <source>Ask for the notes of a deal or of a client.</source>
            <translation>Peça as anotações de um negócio ou de um cliente.</translation>
        </message>
        <message>
            <location filename="../../funnel/owners.py" line="45" />
            <source>An owner needs a name.</source>
            <translation>O responsável precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/owners.py" line="48" />
            <source>An owner's name is at most {max_name} characters.</source>
            <translation>O nome do responsável tem no máximo {max_name} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/owners.py" line="53" />
            <source>There is already an owner named '{name}'.</source>
            <translation>Já existe um responsável chamado “{name}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="48" />
            <source>Deal '{title}' is won; only an open deal is parked.</source>
            <translation>O negócio “{title}” está ganho; só um negócio aberto pode ser adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="51" />
            <source>Deal '{title}' is lost; only an open deal is parked.</source>
            <translation>O negócio “{title}” está perdido; só um negócio aberto pode ser adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="54" />
            <source>Deal '{title}' is archived; only an open deal is parked.</source>
            <translation>O negócio “{title}” está arquivado; só um negócio aberto pode ser adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="84" />
            <source>Pipeline {future_pipeline_id} is not a future-sales pipeline.</source>
            <translation>O funil {future_pipeline_id} não é um funil de vendas futuras.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="90" />
            <source>There is no future-sales pipeline to park deals in.</source>
            <translation>Não existe funil de vendas futuras para adiar negócios.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="94" />
            <source>Pipeline '{pipeline}' has no stage to park deals in.</source>
            <translation>O funil “{pipeline}” não tem etapa para adiar negócios.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="103" />
            <source>Say when to call back: in a number of months or on a date (one of the two).</source>
            <translation>Diga quando retornar: em alguns meses ou numa data (um dos dois).</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="115" />
            <source>Park for 1 to {max_park_months} months (got {months}).</source>
            <translation>Adie por 1 a {max_park_months} meses (recebido: {months}).</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="125" />
            <source>The return date {until} is not after today ({today}); choose a later date.</source>
            <translation>A data de volta {until} não é posterior a hoje ({today}); escolha uma data mais adiante.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="155" />
            <source>Deal '{title}' is already parked until {return_on}.</source>
            <translation>O negócio “{title}” já está adiado até {return_on}.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="236" />
            <location filename="../../funnel/parking.py" line="391" />
            <source>Deal '{title}' is not parked.</source>
            <translation>O negócio “{title}” não está adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="247" />
            <source>'{stage}' is a future-sales stage; choose a stage of a sales pipeline.</source>
            <translation>“{stage}” é uma etapa de vendas futuras; escolha uma etapa de um funil de vendas.</translation>
        </message>
        <message>
            <location filename="../../funnel/parking.py" line="273" />
            <source>There is no sales pipeline to bring the deal back to.</source>
            <translation>Não existe funil de vendas para onde trazer o negócio de volta.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="93" />
            <location filename="../../funnel/pipelines.py" line="123" />
            <source>A pipeline needs a name.</source>
            <translation>O funil precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="96" />
            <source>Pipeline '{pipeline}' needs at least one stage.</source>
            <translation>O funil “{pipeline}” precisa de pelo menos uma etapa.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="104" />
            <source>Every stage of '{pipeline}' needs a name.</source>
            <translation>Toda etapa de “{pipeline}” precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="109" />
            <source>Pipeline '{pipeline}' has two stages named '{name}'.</source>
            <translation>O funil “{pipeline}” tem duas etapas chamadas “{name}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="119" />
            <source>Stage '{stage}' cannot be both kept and removed.</source>
            <translation>A etapa “{stage}” não pode ser mantida e removida ao mesmo tempo.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline_edits.py" line="124" />
            <source>The deals of removed stage '{stage}' must go to a stage that stays.</source>
            <translation>Os negócios da etapa removida “{stage}” precisam ir para uma etapa que fica.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="63" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>Não existe funil com id {pipeline_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="87" />
            <source>There is no pipeline named '{name}'. Pipelines: {names}.</source>
            <translation>Não existe funil chamado “{name}”. Funis: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="99" />
            <source>Pipeline '{pipeline}' has no stage named '{name}'. Stages: {names}.</source>
            <translation>O funil “{pipeline}” não tem etapa chamada “{name}”. Etapas: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="115" />
            <source>There is no future pipeline.</source>
            <translation>Não existe funil de vendas futuras.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="116" />
            <source>There is no sales pipeline.</source>
            <translation>Não existe funil de vendas.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="124" />
            <source>A pipeline name is at most 200 characters.</source>
            <translation>O nome do funil tem no máximo 200 caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="127" />
            <source>A stage needs a name.</source>
            <translation>A etapa precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="128" />
            <source>A stage name is at most 200 characters.</source>
            <translation>O nome da etapa tem no máximo 200 caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="148" />
            <source>Days before a deal stalls must be a whole number of at least 1 (got {rot_days}).</source>
            <translation>Os dias até um negócio ficar parado devem ser um número inteiro, no mínimo 1 (recebido: {rot_days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="160" />
            <source>Probability must be between 0 and 100 (got {probability}).</source>
            <translation>A probabilidade deve estar entre 0 e 100 (recebido: {probability}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="178" />
            <source>A pipeline kind is 'sales' or 'future' (got '{kind}').</source>
            <translation>O tipo de funil é “sales” ou “future” (recebido: “{kind}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="183" />
            <location filename="../../funnel/pipelines.py" line="204" />
            <source>A pipeline named '{name}' already exists.</source>
            <translation>Já existe um funil chamado “{name}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="218" />
            <source>This pipeline already has a stage named '{name}'.</source>
            <translation>Este funil já tem uma etapa chamada “{name}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="283" />
            <source>The new order must list every stage of the pipeline once.</source>
            <translation>A nova ordem deve listar cada etapa do funil uma única vez.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="307" />
            <source>'{stage}' is the only stage of '{pipeline}'; keep one.</source>
            <translation>“{stage}” é a única etapa de “{pipeline}”; mantenha pelo menos uma.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="315" />
            <source>Stage '{stage}' holds {count} deal(s); choose a stage to move them to.</source>
            <translation>A etapa “{stage}” tem {count} negócio(s); escolha uma etapa para movê-los.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipelines.py" line="324" />
            <source>Deals cannot be moved to the stage being removed.</source>
            <translation>Os negócios não podem ir para a etapa que está sendo removida.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="52" />
            <source>A recurrence rule is at most {max_rule_length} characters.</source>
            <translation>A regra de recorrência tem no máximo {max_rule_length} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="59" />
            <source>'{shown}' is not a single recurrence rule; write only the RRULE part, such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>“{shown}” não é uma única regra de recorrência; escreva só a parte RRULE, como FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="68" />
            <source>'{shown}' is not a recurrence rule: it needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY), such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>“{shown}” não é uma regra de recorrência: falta FREQ (DAILY, WEEKLY, MONTHLY ou YEARLY), como FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="80" />
            <source>'{shown}' is not a valid recurrence rule (RFC 5545 RRULE, such as FREQ=WEEKLY;BYDAY=MO): {detail}.</source>
            <translation>“{shown}” não é uma regra de recorrência válida (RRULE RFC 5545, como FREQ=WEEKLY;BYDAY=MO): {detail}.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="90" />
            <source>'{shown}' repeats more often than daily; a follow-up repeats daily, weekly, monthly or yearly.</source>
            <translation>“{shown}” se repete mais de uma vez por dia; uma atividade se repete diária, semanal, mensal ou anualmente.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="102" />
            <source>'{shown}' never falls on a date in the five years from {start}.</source>
            <translation>“{shown}” não cai em nenhuma data nos cinco anos a partir de {start}.</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="116" />
            <source>'{shown}' is not a valid recurrence rule: BYMONTH must be 1 to 12 (got {value}).</source>
            <translation>“{shown}” não é uma regra de recorrência válida: BYMONTH deve ser de 1 a 12 (recebido: {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="132" />
            <source>'{shown}' is not a valid recurrence rule: {name} must be 1 to {high} (or -1 to -{high} from the end; got {value}).</source>
            <translation>“{shown}” não é uma regra de recorrência válida: {name} deve ser de 1 a {high} (ou de -1 a -{high} a partir do fim; recebido: {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="161" />
            <source>A weekday is 0 (Monday) to 6 (Sunday) (got {weekday}).</source>
            <translation>O dia da semana vai de 0 (segunda) a 6 (domingo) (recebido: {weekday}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="174" />
            <source>A day of the month is 1 to 31 (got {day}).</source>
            <translation>O dia do mês vai de 1 a 31 (recebido: {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/recurrence.py" line="188" />
            <source>{day}/{month} is not a day of the year.</source>
            <translation>{day}/{month} não é um dia do ano.</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="65" />
            <source>Snooze to one of {names} (got '{choice}').</source>
            <translation>Adie para um de: {names} (recebido: “{choice}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="97" />
            <source>Activity '{subject}' is already done; there is nothing to snooze.</source>
            <translation>A atividade “{subject}” já foi concluída; não há o que adiar.</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="105" />
            <source>Snooze to a local time, without a time zone.</source>
            <translation>Adie para um horário local, sem fuso horário.</translation>
        </message>
        <message>
            <location filename="../../funnel/snooze.py" line="109" />
            <source>Snooze to a moment later than now ({now_local}); {until} has passed.</source>
            <translation>Adie para um momento depois de agora ({now_local}); {until} já passou.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="91" />
            <location filename="../../ui/imports/pages.py" line="146" />
            <source>Choose a CSV file</source>
            <translation>Escolha um arquivo CSV</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="94" />
            <source>Export your deals from Excel, amoCRM, Kommo, Pipedrive or another CRM as CSV, then choose the file here.</source>
            <translation>Exporte seus negócios do Excel, amoCRM, Kommo, Pipedrive ou outro CRM em CSV e escolha o arquivo aqui.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="100" />
            <source>Path to a .csv file</source>
            <translation>Caminho de um arquivo .csv</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="101" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="107" />
            <source>Comma ( , )</source>
            <translation>Vírgula ( , )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="108" />
            <source>Semicolon ( ; )</source>
            <translation>Ponto e vírgula ( ; )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="109" />
            <source>Tab</source>
            <translation>Tabulação</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="119" />
            <source>File:</source>
            <translation>Arquivo:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="120" />
            <source>Encoding:</source>
            <translation>Codificação:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="121" />
            <source>Delimiter:</source>
            <translation>Separador:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="148" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="168" />
            <source>Detected: %1, %2</source>
            <translation>Detectado: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/board/filters.py" line="28" />
            <source>All owners</source>
            <translation>Todos os responsáveis</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="32" />
            <source>Any temperature</source>
            <translation>Qualquer temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="33" />
            <source>Hot</source>
            <translation>Quentes</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="34" />
            <source>Warm</source>
            <translation>Mornos</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="35" />
            <source>Cold</source>
            <translation>Frios</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="36" />
            <source>Stalled only</source>
            <translation>Só parados</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="38" />
            <source>No next step</source>
            <translation>Sem próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/board/filters.py" line="42" />
            <source>Clear filters</source>
            <translation>Limpar filtros</translation>
        </message>
    </context>
    <context>
        <name>FollowupSettings</name>
        <message>
            <location filename="../../ui/followup_settings.py" line="45" />
            <source>Follow-ups and reminders</source>
            <translation>Atividades e lembretes</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="60" />
            <source>When a follow-up that has a date but no time is reminded of</source>
            <translation>Quando lembrar de uma atividade com data, mas sem horário</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="63" />
            <source>Closing the window keeps Funnel running in the tray</source>
            <translation>Fechar a janela mantém o Funnel rodando na bandeja</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="67" />
            <source>This desktop shows no tray icons.</source>
            <translation>Esta área de trabalho não mostra ícones na bandeja.</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="68" />
            <source>Start Funnel at login, in the tray</source>
            <translation>Iniciar o Funnel ao entrar no sistema, na bandeja</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="73" />
            <source>Hand follow-ups overdue by more than</source>
            <translation>Repassar se atrasar mais de</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="78" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="94" />
            <source>to</source>
            <translation>para</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="97" />
            <source>Both the owner and the backup are told. Off unless checked.</source>
            <translation>O responsável e o substituto são avisados. Desligado se não estiver marcado.</translation>
        </message>
        <message>
            <location filename="../../ui/followup_settings.py" line="102" />
            <source>Remind of date-only follow-ups at</source>
            <translation>Lembrar de atividades sem horário às</translation>
        </message>
    </context>
    <context>
        <name>Followups</name>
        <message>
            <location filename="../../ui/activity_dialogs.py" line="365" />
            <source>d MMMM</source>
            <comment>day and month: 23 November</comment>
            <translation>d 'de' MMMM</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="19" />
            <source>Call</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="20" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="21" />
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="22" />
            <source>Task</source>
            <translation>Tarefa</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="29" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 23 Feb 2027</comment>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="38" />
            <source>ddd d MMM</source>
            <comment>weekday, day and month: Wed 25 Nov</comment>
            <translation>ddd, d 'de' MMM</translation>
        </message>
        <message>
            <location filename="../../ui/followup_format.py" line="42" />
            <source>ddd d MMM yyyy</source>
            <comment>weekday, day, month and year: Wed 25 Nov 2027</comment>
            <translation>ddd, d 'de' MMM 'de' yyyy</translation>
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
            <translation>ddd, d/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>FutureBoard</name>
        <message>
            <location filename="../../ui/board/future.py" line="38" />
            <source>Return overdue</source>
            <translation>Retorno atrasado</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="39" />
            <source>This month</source>
            <translation>Este mês</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="40" />
            <source>Next month</source>
            <translation>Próximo mês</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="41" />
            <source>In 2–3 months</source>
            <translation>Em 2–3 meses</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="42" />
            <source>Later</source>
            <translation>Mais tarde</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="119" />
            <source>before %1</source>
            <translation>antes de %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="123" />
            <source>from %1</source>
            <translation>a partir de %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="126" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="139" />
            <source>Deals whose return date falls in this range</source>
            <translation>Negócios com data de retorno neste período</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="144" />
            <source>The return date has passed: bring these deals back or park them again</source>
            <translation>A data de retorno já passou: traga estes negócios de volta ou adie-os de novo</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="164" />
            <source>%1 parked deals</source>
            <translation>Negócios adiados: %1</translation>
        </message>
    </context>
    <context>
        <name>FutureBuckets</name>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="142" />
            <source>%n return overdue</source>
            <translation>
                <numerusform>%n retorno atrasado</numerusform>
                <numerusform>%n retornos atrasados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="154" />
            <source>Parked deals: %Ln</source>
            <translation>
                <numerusform>Negócios adiados: %Ln</numerusform>
                <numerusform>Negócios adiados: %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/imports/wizard.py" line="177" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="182" />
            <source>Cancel import</source>
            <translation>Cancelar importação</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="200" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="208" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="220" />
            <source>Imported %n deal(s).</source>
            <translation>
                <numerusform>%n negócio importado.</numerusform>
                <numerusform>%n negócios importados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="222" />
            <source>New clients: %1, new stages: %2, new pipelines: %3.</source>
            <translation>Novos clientes: %1, novas etapas: %2, novos funis: %3.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="235" />
            <source>The import was cancelled. Nothing was written.</source>
            <translation>A importação foi cancelada. Nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="238" />
            <source>The import failed: %1
Nothing was written.</source>
            <translation>A importação falhou: %1
Nada foi gravado.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="43" />
            <source>Deal title</source>
            <translation>Título do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="44" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="45" />
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="46" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="47" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="48" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="49" />
            <source>Pipeline</source>
            <translation>Funil</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="50" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="51" />
            <source>Created on</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="52" />
            <source>In stage since</source>
            <translation>Na etapa desde</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="53" />
            <source>Closed on</source>
            <translation>Fechado em</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="54" />
            <source>Status (won/lost)</source>
            <translation>Status (ganho/perdido)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="262" />
            <source>Import deals</source>
            <translation>Importar negócios</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="20" />
            <source>Mark deal lost</source>
            <translation>Marcar negócio como perdido</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="23" />
            <source>Why was “%1” lost?</source>
            <translation>Por que “%1” foi perdido?</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="25" />
            <source>Why was the deal lost?</source>
            <translation>Por que o negócio foi perdido?</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="35" />
            <source>Choose or type a reason</source>
            <translation>Escolha ou digite um motivo</translation>
        </message>
        <message>
            <location filename="../../ui/lost_reason_dialog.py" line="42" />
            <source>Mark lost</source>
            <translation>Marcar como perdido</translation>
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
            <translation>O banco de dados em uso</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="256" />
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="265" />
            <source>Pipeline:</source>
            <translation>Funil:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>New deal</source>
            <translation>Novo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="283" />
            <source>Create a deal in this pipeline (Ctrl+N)</source>
            <translation>Criar um negócio neste funil (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <source>&amp;Import deals…</source>
            <translation>&amp;Importar negócios…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Fazer backup do banco de dados…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="319" />
            <source>&amp;Export reminders to calendar (.ics)…</source>
            <translation>&amp;Exportar lembretes para o calendário (.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="325" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="328" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>&amp;Find…</source>
            <translation>&amp;Localizar…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="353" />
            <source>&amp;Pipeline</source>
            <translation>&amp;Funil</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="355" />
            <source>&amp;Edit pipeline…</source>
            <translation>&amp;Editar funil…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="358" />
            <source>&amp;New pipeline…</source>
            <translation>&amp;Novo funil…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="362" />
            <source>&amp;Settings</source>
            <translation>&amp;Configurações</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="366" />
            <source>System</source>
            <translation>Do sistema</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="380" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="385" />
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="386" />
            <source>&amp;About Funnel</source>
            <translation>&amp;Sobre o Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="415" />
            <source>%1 is not available in this build.</source>
            <translation>%1 não está disponível nesta versão.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="423" />
            <location filename="../../ui/main_window.py" line="434" />
            <source>The deal card</source>
            <translation>A ficha do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="443" />
            <source>The client card</source>
            <translation>A ficha do cliente</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="459" />
            <source>The pipeline editor</source>
            <translation>O editor de funis</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="482" />
            <source>Importing</source>
            <translation>A importação</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="493" />
            <source>Back up database</source>
            <translation>Backup do banco de dados</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="494" />
            <source>Funnel databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bancos de dados do Funnel (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="503" />
            <source>The backup could not be written to %1: %2</source>
            <translation>Não foi possível gravar o backup em %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="508" />
            <source>Backed up to %1</source>
            <translation>Backup salvo em %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="520" />
            <source>About Funnel</source>
            <translation>Sobre o Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="522" />
            <source>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;A desktop sales-pipeline manager: deals through the stages of a funnel, stalled leads flagged, no follow-up forgotten.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;Um gerenciador de funil de vendas para desktop: negócios pelas etapas do funil, leads parados em destaque, nenhuma atividade esquecida.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="198" />
            <source>Match columns to fields</source>
            <translation>Associe colunas aos campos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="200" />
            <source>Columns Funnel recognises are matched already; check them and set the rest.</source>
            <translation>As colunas que o Funnel reconhece já estão associadas; confira-as e defina as demais.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="218" />
            <source>Import into pipeline:</source>
            <translation>Importar para o funil:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="242" />
            <source>(not imported)</source>
            <translation>(não importar)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="276" />
            <source>“%1” and “%2” both go to %3; choose one.</source>
            <translation>“%1” e “%2” vão para %3; escolha uma.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="283" />
            <source>Choose the column that holds the deal title.</source>
            <translation>Escolha a coluna com o título do negócio.</translation>
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
            <translation>Enquanto o Funnel estava fechado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/missed_reminders.py" line="71" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>%n atividade venceu enquanto o Funnel estava fechado</numerusform>
                <numerusform>%n atividades venceram enquanto o Funnel estava fechado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/missed_reminders.py" line="76" />
            <source>They are also in Today. Double-click one to open its deal.</source>
            <translation>Elas também estão em Hoje. Clique duas vezes para abrir o negócio.</translation>
        </message>
        <message>
            <location filename="../../ui/missed_reminders.py" line="89" />
            <source>Show Today</source>
            <translation>Mostrar Hoje</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../../ui/i18n.py" line="114" />
            <source>%1M</source>
            <translation>%1 mi</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="116" />
            <source>%1K</source>
            <translation>%1 mil</translation>
        </message>
    </context>
    <context>
        <name>MoveDealsDialog</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="43" />
            <source>Remove stage</source>
            <translation>Remover etapa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/dialogs.py" line="46" />
            <source>Stage «%1» holds %n deal(s). Where should they go?</source>
            <translation>
                <numerusform>A etapa “%1” tem %n negócio. Para onde ele deve ir?</numerusform>
                <numerusform>A etapa “%1” tem %n negócios. Para onde eles devem ir?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="57" />
            <source>Each move is written to the deal's history. Won and lost deals stay closed.</source>
            <translation>Cada movimentação fica no histórico do negócio. Negócios ganhos e perdidos continuam fechados.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="65" />
            <source>Remove and move deals</source>
            <translation>Remover e mover negócios</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="70" />
            <source>Move them to:</source>
            <translation>Mover para:</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="142" />
            <source>No notes yet.</source>
            <translation>Nenhuma anotação ainda.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="148" />
            <location filename="../../ui/deal_card/notes.py" line="181" />
            <source>Write a note… (Ctrl+Enter adds it)</source>
            <translation>Escreva uma anotação… (Ctrl+Enter adiciona)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="151" />
            <source>Add note</source>
            <translation>Adicionar anotação</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/notes.py" line="183" />
            <source>Save the deal first to add notes.</source>
            <translation>Salve o negócio antes de adicionar anotações.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../ui/deal_card/fields.py" line="69" />
            <source>Not set</source>
            <translation>Não definido</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/fields.py" line="79" />
            <source>Clear the date</source>
            <translation>Limpar a data</translation>
        </message>
    </context>
    <context>
        <name>ParkDialog</name>
        <message>
            <location filename="../../ui/park_dialog.py" line="80" />
            <source>Not ready this month</source>
            <translation>Não está pronto este mês</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="92" />
            <source>The deal moves to Future sales and comes back to «%1» with a call-back on the day you choose.</source>
            <translation>O negócio vai para Vendas futuras e volta para “%1” com um retorno agendado no dia escolhido.</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="99" />
            <source>Call back</source>
            <translation>Retornar ligação</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="109" />
            <source>&amp;1 month</source>
            <translation>&amp;1 mês</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/park_dialog.py" line="109" />
            <source>&amp;%n months</source>
            <translation>
                <numerusform>&amp;%n mês</numerusform>
                <numerusform>&amp;%n meses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="115" />
            <source>Return on %1</source>
            <translation>Volta em %1</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="119" />
            <source>On a &amp;date</source>
            <translation>Em uma &amp;data</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="134" />
            <source>Note</source>
            <translation>Anotação</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="138" />
            <source>What they said, what to offer then (optional)</source>
            <translation>O que o cliente disse, o que oferecer depois (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="145" />
            <source>Park</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="187" />
            <source>The return date %1 is not after today (%2); choose a later date.</source>
            <translation>A data de volta %1 não é posterior a hoje (%2); escolha uma data mais adiante.</translation>
        </message>
    </context>
    <context>
        <name>Parking</name>
        <message>
            <location filename="../../ui/park_dialog.py" line="47" />
            <source>Not ready this month…</source>
            <translation>Não está pronto este mês…</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="229" />
            <source>Call back</source>
            <comment>the activity a parked deal gets on its return date</comment>
            <translation>Retornar ligação</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="234" />
            <source>Park deal</source>
            <translation>adiamento do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="243" />
            <source>Bring deal back</source>
            <translation>volta do negócio</translation>
        </message>
    </context>
    <context>
        <name>PipelineEditor</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="57" />
            <source>Edit pipelines</source>
            <translation>Editar funis</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="72" />
            <source>New pipeline…</source>
            <translation>Novo funil…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="73" />
            <source>Rename…</source>
            <translation>Renomear…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="82" />
            <source>Pipeline:</source>
            <translation>Funil:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="96" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="96" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="100" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="107" />
            <source>Add stage</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="108" />
            <source>Remove stage…</source>
            <translation>Remover etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="109" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="111" />
            <source>Move down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="142" />
            <source>Drag stages (or use Move up/down) to change their order. Double-click a cell to edit it. Changes are saved when you press OK.</source>
            <translation>Arraste as etapas (ou use Subir/Descer) para mudar a ordem. Clique duas vezes numa célula para editá-la. As alterações são salvas ao clicar em OK.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="196" />
            <source>New pipeline</source>
            <translation>Novo funil</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="203" />
            <source>Parked</source>
            <translation>Adiado</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="203" />
            <source>New lead</source>
            <translation>Novo lead</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="215" />
            <source>Rename pipeline</source>
            <translation>Renomear funil</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="245" />
            <source>New stage</source>
            <translation>Nova etapa</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="259" />
            <source>A pipeline keeps at least one stage.</source>
            <translation>Um funil mantém pelo menos uma etapa.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="330" />
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="331" />
            <source>Discard the changes to the pipelines?</source>
            <translation>Descartar as alterações nos funis?</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="27" />
            <source>Sales: deals being worked on now</source>
            <translation>Vendas: negócios em andamento</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="30" />
            <source>Future sales: parked deals waiting to return</source>
            <translation>Vendas futuras: negócios adiados aguardando a volta</translation>
        </message>
    </context>
    <context>
        <name>PipelineNameDialog</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="111" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="113" />
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="126" />
            <source>A pipeline needs a name.</source>
            <translation>O funil precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialogs.py" line="129" />
            <source>A pipeline named «%1» already exists.</source>
            <translation>Já existe um funil chamado “%1”.</translation>
        </message>
    </context>
    <context>
        <name>PurchasesModel</name>
        <message>
            <location filename="../../ui/clients/history.py" line="87" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="87" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/clients/history.py" line="87" />
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/notifier.py" line="55" />
            <source>%1 at %2: %3</source>
            <translation>%1 às %2: %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="132" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Venceu enquanto o Funnel estava fechado: %n</numerusform>
                <numerusform>Venceram enquanto o Funnel estava fechado: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="200" />
            <source>Overdue follow-ups handed to the backup owner: %n</source>
            <translation>
                <numerusform>Lembrete atrasado passado ao responsável substituto: %n</numerusform>
                <numerusform>Lembretes atrasados passados ao responsável substituto: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="224" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/notifier.py" line="226" />
            <source>%n follow-ups due</source>
            <translation>
                <numerusform>%n lembrete vencendo</numerusform>
                <numerusform>%n lembretes vencendo</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../ui/search_box.py" line="137" />
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="138" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="149" />
            <source>Search deals and clients (Ctrl+F)</source>
            <translation>Buscar negócios e clientes (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="197" />
            <source>won</source>
            <translation>ganho</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="198" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="199" />
            <source>archived</source>
            <translation>arquivado</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="26" />
            <source>Preferences</source>
            <translation>Preferências</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="30" />
            <source>Count business days only for stalls</source>
            <translation>Contar só dias úteis para negócios parados</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="35" />
            <source>Saturdays and Sundays do not age a deal: a deal entered on Friday is one day old on Monday. Public holidays still count.</source>
            <translation>Sábados e domingos não contam: um negócio que entrou na etapa na sexta tem um dia na segunda. Feriados contam.</translation>
        </message>
    </context>
    <context>
        <name>SnoozeMenu</name>
        <message>
            <location filename="../../ui/snooze_menu.py" line="41" />
            <source>Snooze</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="44" />
            <source>&amp;Later today</source>
            <translation>Mais &amp;tarde hoje</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="45" />
            <source>&amp;Tomorrow morning</source>
            <translation>Amanhã de &amp;manhã</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="46" />
            <source>Next &amp;Monday</source>
            <translation>Próxima &amp;segunda</translation>
        </message>
        <message>
            <location filename="../../ui/snooze_menu.py" line="47" />
            <source>A &amp;week later</source>
            <translation>Daqui a uma s&amp;emana</translation>
        </message>
    </context>
    <context>
        <name>StageMenu</name>
        <message>
            <location filename="../../ui/park_dialog.py" line="258" />
            <source>Back to stage</source>
            <translation>Voltar para a etapa</translation>
        </message>
        <message>
            <location filename="../../ui/park_dialog.py" line="268" />
            <source>The stage it was parked from</source>
            <translation>A etapa de onde foi adiado</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="150" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="151" />
            <source>Stalled after</source>
            <translation>Parado após</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="152" />
            <source>Probability</source>
            <translation>Probabilidade</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="153" />
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="158" />
            <source>A deal longer than this in the stage is stalled</source>
            <translation>Um negócio há mais tempo que isso na etapa fica parado</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="159" />
            <source>The chance a deal in this stage is won</source>
            <translation>A chance de um negócio nesta etapa ser ganho</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="160" />
            <source>Deals in the stage now, of any status</source>
            <translation>Negócios na etapa agora, de qualquer status</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="174" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="175" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
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
            <translation>A etapa precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="219" />
            <source>This pipeline already has a stage named «%1».</source>
            <translation>Este funil já tem uma etapa chamada “%1”.</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="309" />
            <source>Stages and outcomes</source>
            <translation>Etapas e resultados</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="312" />
            <source>New stages are added to the pipeline in the order they first appear in the file, unless you send them to a stage you already have.</source>
            <translation>As novas etapas entram no funil na ordem em que aparecem pela primeira vez no arquivo, a menos que você as envie para uma etapa existente.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="328" />
            <source>e.g. Paid, Delivered</source>
            <translation>ex.: Pago, Entregue</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="331" />
            <source>e.g. Refused, No answer</source>
            <translation>ex.: Recusou, Sem resposta</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="335" />
            <source>Also means won:</source>
            <translation>Também significa ganho:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="336" />
            <source>Also means lost:</source>
            <translation>Também significa perdido:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="343" />
            <source>Words for won and lost, separated by commas:</source>
            <translation>Palavras para ganho e perdido, separadas por vírgula:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="356" />
            <source>Reading the whole file…</source>
            <translation>Lendo o arquivo inteiro…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="380" />
            <source>Create new stage</source>
            <translation>Criar nova etapa</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="383" />
            <source>Put in “%1”</source>
            <translation>Colocar em “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/pages.py" line="391" />
            <source>%n stage name(s) in the file are new:</source>
            <translation>
                <numerusform>%n nome de etapa no arquivo é novo:</numerusform>
                <numerusform>%n nomes de etapa no arquivo são novos:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="394" />
            <source>Every stage in the file already exists.</source>
            <translation>Todas as etapas do arquivo já existem.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="398" />
            <source>Not recognised as won or lost: %1</source>
            <translation>Não reconhecido como ganho ou perdido: %1</translation>
        </message>
    </context>
    <context>
        <name>TagsEdit</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="164" />
            <source>vip, wholesale</source>
            <translation>vip, atacado</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="65" />
            <source>Created in %1</source>
            <translation>Criado em %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="67" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="70" />
            <source>Lost: %1</source>
            <translation>Perdido: %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="70" />
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="73" />
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="75" />
            <source>Reopened in %1</source>
            <translation>Reaberto em %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="77" />
            <source>Parked in %1</source>
            <translation>Adiado em %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="79" />
            <source>Back in %1</source>
            <translation>De volta em %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="81" />
            <source>Moved to %1 (%2)</source>
            <translation>Movido para %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="82" />
            <source>Moved to %1</source>
            <translation>Movido para %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="88" />
            <source>since today</source>
            <translation>desde hoje</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/timeline.py" line="88" />
            <source>%n day(s) so far</source>
            <translation>
                <numerusform>%n dia até agora</numerusform>
                <numerusform>%n dias até agora</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/timeline.py" line="89" />
            <source>same day</source>
            <translation>no mesmo dia</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deal_card/timeline.py" line="89" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayDelegate</name>
        <message>
            <location filename="../../ui/today/delegate.py" line="85" />
            <source>Done</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="85" />
            <source>Snooze ▾</source>
            <translation>Adiar ▾</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="87" />
            <location filename="../../ui/today/delegate.py" line="90" />
            <location filename="../../ui/today/delegate.py" line="92" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="90" />
            <source>Back to pipeline</source>
            <translation>Voltar ao funil</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="92" />
            <source>Add next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="97" />
            <source>Mark done, note the outcome and schedule the next step (D)</source>
            <translation>Concluir, anotar o resultado e agendar o próximo passo (D)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="98" />
            <source>Later today, tomorrow morning, next Monday or a week later (S)</source>
            <translation>Mais tarde hoje, amanhã de manhã, na próxima segunda ou daqui a uma semana (S)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="99" />
            <source>Open the deal (Enter)</source>
            <translation>Abrir o negócio (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="100" />
            <source>Back to the stage it was parked from (B)</source>
            <translation>Voltar para a etapa de onde foi adiado (B)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="101" />
            <source>Schedule the next step for this deal (N)</source>
            <translation>Agendar o próximo passo deste negócio (N)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="102" />
            <source>Call</source>
            <translation>Ligar</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="103" />
            <source>Write an e-mail</source>
            <translation>Escrever e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="141" />
            <location filename="../../ui/today/delegate.py" line="337" />
            <source>Any time</source>
            <translation>Qualquer horário</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="281" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="335" />
            <location filename="../../ui/today/delegate.py" line="350" />
            <source>%n d late</source>
            <translation>
                <numerusform>%n d de atraso</numerusform>
                <numerusform>%n d de atraso</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="342" />
            <source>repeats</source>
            <translation>repete</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="353" />
            <source>back to %1</source>
            <translation>volta para %1</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="365" />
            <source>no next step</source>
            <translation>sem próximo passo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="369" />
            <source>+%n d</source>
            <comment>days over the stage's limit</comment>
            <translation>
                <numerusform>+%n d</numerusform>
                <numerusform>+%n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="370" />
            <source>%n d in stage</source>
            <translation>
                <numerusform>%n d na etapa</numerusform>
                <numerusform>%n d na etapa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message numerus="yes">
            <location filename="../../ui/today/model.py" line="197" />
            <source>%n more</source>
            <translation>
                <numerusform>mais %n</numerusform>
                <numerusform>mais %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/today/page.py" line="181" />
            <location filename="../../ui/today/page.py" line="264" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="230" />
            <source>Nothing due, nothing stalled.
A good day to call a client you have not heard from.</source>
            <translation>Nada pendente, nada parado.
Um bom dia para ligar para um cliente que anda sumido.</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="273" />
            <source>Overdue</source>
            <translation>Atrasadas</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="274" />
            <source>Due today</source>
            <translation>Para hoje</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="275" />
            <source>Next %n days</source>
            <translation>
                <numerusform>Próximo %n dia</numerusform>
                <numerusform>Próximos %n dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="276" />
            <source>Returning from future sales</source>
            <translation>Voltando das vendas futuras</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="277" />
            <source>Stalled deals</source>
            <translation>Negócios parados</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="312" />
            <source>dddd, d MMMM</source>
            <comment>the date under Today's title: Monday, 23 November</comment>
            <translation>dddd, d 'de' MMMM</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="318" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n atrasada</numerusform>
                <numerusform>%n atrasadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="321" />
            <source>%n due today</source>
            <translation>
                <numerusform>%n para hoje</numerusform>
                <numerusform>%n para hoje</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="323" />
            <source>%n returning</source>
            <translation>
                <numerusform>%n voltando</numerusform>
                <numerusform>%n voltando</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="325" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n parado</numerusform>
                <numerusform>%n parados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="507" />
            <source>Mark done…</source>
            <translation>Concluir…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="518" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="521" />
            <source>Back to pipeline</source>
            <translation>Voltar ao funil</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="523" />
            <source>Back to another stage…</source>
            <translation>Voltar para outra etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="524" />
            <location filename="../../ui/today/page.py" line="526" />
            <source>Add next step…</source>
            <translation>Próximo passo…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="528" />
            <source>Open</source>
            <translation>Abrir</translation>
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
            <translation>Mostrar o Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="52" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="54" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="83" />
            <source>Funnel is still running</source>
            <translation>O Funnel continua aberto</translation>
        </message>
        <message>
            <location filename="../../ui/tray.py" line="85" />
            <source>Reminders keep coming while Funnel is in the tray. Quit it from the tray menu.</source>
            <translation>Os lembretes continuam chegando enquanto o Funnel está na bandeja. Para sair, use o menu da bandeja.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AboutStep</name>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="122" />
            <source>Tell Funnel who you are. You can come back to this later from Help › Getting started; skip the step to keep what is shown.</source>
            <translation>Conte ao Funnel quem você é. Você pode voltar aqui depois em Ajuda › Primeiros passos; pule a etapa para manter o que está aqui.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="126" />
            <source>How your deals and messages name you</source>
            <translation>Como seus negócios e mensagens chamam você</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="130" />
            <source>Your &amp;name:</source>
            <translation>Seu &amp;nome:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="131" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="132" />
            <source>Home &amp;currency:</source>
            <translation>&amp;Moeda principal:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="133" />
            <source>&amp;Phone numbers from:</source>
            <translation>&amp;Telefones do país:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="134" />
            <source>Weekly &amp;clean-up:</source>
            <translation>&amp;Revisão semanal:</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="140" />
            <source>New deals and imports are in this currency unless they say otherwise.</source>
            <translation>Novos negócios e importações ficam nesta moeda, salvo indicação contrária.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="143" />
            <source>Phone numbers written without a country code are read as this country's.</source>
            <translation>Números sem código do país são lidos como deste país.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/about_step.py" line="147" />
            <source>Once a week Funnel reminds you to go through every open deal: does the client know they are in your funnel, and are they ready to buy this month?</source>
            <translation>Uma vez por semana o Funnel lembra você de passar por todos os negócios abertos: o cliente sabe que está no seu funil e está pronto para comprar este mês?</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../ui/operations/deals.py" line="63" />
            <location filename="../../ui/operations/deals.py" line="80" />
            <source>Move deal</source>
            <translation>movimentação do negócio</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/operations/deals.py" line="83" />
            <source>Move %n deal(s)</source>
            <translation>
                <numerusform>movimentação de %n negócio</numerusform>
                <numerusform>movimentação de %n negócios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/operations/deals.py" line="98" />
            <source>Assign %n deal(s)</source>
            <translation>
                <numerusform>repasse de %n negócio</numerusform>
                <numerusform>repasse de %n negócios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="115" />
            <source>Mark deal won</source>
            <translation>marcação como ganho</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="129" />
            <source>Mark deal lost</source>
            <translation>marcação como perdido</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="135" />
            <source>Archive deal</source>
            <translation>arquivamento do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="60" />
            <location filename="../../ui/operations/deals.py" line="139" />
            <source>Reopen deal</source>
            <translation>reabertura do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/operations/clients.py" line="33" />
            <source>Merge clients</source>
            <translation>Mesclar clientes</translation>
        </message>
        <message>
            <location filename="../../ui/operations/rates.py" line="27" />
            <source>Set exchange rate</source>
            <translation>Definir câmbio</translation>
        </message>
        <message>
            <location filename="../../ui/operations/rates.py" line="39" />
            <source>Remove exchange rate</source>
            <translation>Remover câmbio</translation>
        </message>
        <message>
            <location filename="../../ui/operations/reasons.py" line="24" />
            <source>Edit win and lost reasons</source>
            <translation>Editar motivos de ganho e perda</translation>
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
            <source>cancelled %1</source>
            <translation>cancelada %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="91" />
            <source>done %1</source>
            <translation>concluída %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="98" />
            <source>%1 at %2</source>
            <translation>%1 às %2</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="101" />
            <source>overdue</source>
            <translation>atrasada</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="103" />
            <source>repeats</source>
            <translation>repete</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesPanel</name>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="210" />
            <source>No activities yet: add the next step below.</source>
            <translation>Nenhuma atividade ainda: adicione o próximo passo abaixo.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="214" />
            <source>Mark done</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="219" />
            <source>Snooze ▾</source>
            <translation>Adiar ▾</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="224" />
            <location filename="../../ui/deal_card/activities.py" line="277" />
            <source>Add activity</source>
            <translation>Adicionar atividade</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="230" />
            <source>What is to be done?</source>
            <translation>O que precisa ser feito?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="234" />
            <source>at</source>
            <translation>às</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="238" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/activities.py" line="279" />
            <source>Save the deal first to add activities</source>
            <translation>Salve o negócio antes de adicionar atividades</translation>
        </message>
    </context>
    <context>
        <name>ActivityActions</name>
        <message>
            <location filename="../../ui/operations/activities.py" line="84" />
            <source>Mark activity done</source>
            <translation>conclusão da atividade</translation>
        </message>
        <message>
            <location filename="../../ui/operations/activities.py" line="112" />
            <source>Snooze activity</source>
            <translation>adiamento da atividade</translation>
        </message>
        <message>
            <location filename="../../ui/operations/activities.py" line="56" />
            <source>Add activity</source>
            <translation>adição da atividade</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="78" />
            <source>Edit activity</source>
            <translation>Editar atividade</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="78" />
            <source>New activity</source>
            <translation>Nova atividade</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="95" />
            <source>An RFC 5545 recurrence rule, as calendars write it, e.g. FREQ=WEEKLY;BYDAY=MO</source>
            <translation>Uma regra de recorrência RFC 5545, como nos calendários, ex.: FREQ=WEEKLY;BYDAY=MO</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="97" />
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="101" />
            <source>Notes (optional)</source>
            <translation>Anotações (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="104" />
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="179" />
            <source>Does not repeat</source>
            <translation>Não se repete</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="180" />
            <source>Every week on %1</source>
            <translation>Toda semana: %1</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="181" />
            <source>Every month on day %1</source>
            <translation>Todo mês no dia %1</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="182" />
            <source>Every year on %1</source>
            <translation>Todo ano em %1</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="188" />
            <source>Every year on the client's birthday (%1)</source>
            <translation>Todo ano no aniversário do cliente (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="193" />
            <source>Custom rule…</source>
            <translation>Regra personalizada…</translation>
        </message>
    </context>
    <context>
        <name>ActivityFields</name>
        <message>
            <location filename="../../ui/followups/fields.py" line="56" />
            <source>What is to be done?</source>
            <translation>O que precisa ser feito?</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="61" />
            <source>at</source>
            <translation>às</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="77" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="78" />
            <source>Subject</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location filename="../../ui/followups/fields.py" line="79" />
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
    </context>
    <context>
        <name>AddMemberDialog</name>
        <message>
            <location filename="../../ui/team/dialog.py" line="100" />
            <source>Add a salesperson</source>
            <translation>Adicionar vendedor</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="103" />
            <source>e.g. boris</source>
            <translation>ex.: boris</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="109" />
            <source>Salesperson — own and shared deals</source>
            <translation>Vendedor — negócios próprios e compartilhados</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="110" />
            <source>Manager — everything, and the team</source>
            <translation>Gerente — tudo, inclusive a equipe</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="117" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="118" />
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="119" />
            <source>Password:</source>
            <translation>Senha:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="120" />
            <source>Password again:</source>
            <translation>Senha de novo:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="121" />
            <source>Role:</source>
            <translation>Função:</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="126" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="141" />
            <source>The two passwords differ.</source>
            <translation>As duas senhas são diferentes.</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="145" />
            <source>Add team member</source>
            <translation>Adicionar membro da equipe</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="93" />
            <source>%1 already exists. A new file needs a name not in use.</source>
            <translation>%1 já existe. Um arquivo novo precisa de um nome que não esteja em uso.</translation>
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
            <translation>Verifique a rede ou pergunte a quem cuida do servidor da equipe se ele está no ar.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="246" />
            <source>Retry</source>
            <translation>Tentar de novo</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="249" />
            <source>Open a local file instead</source>
            <translation>Abrir um arquivo local</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="252" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
    </context>
    <context>
        <name>ArchiveDialog</name>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="143" />
            <source>Archive deal</source>
            <translation>Arquivar negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="146" />
            <source>Archive “%1”?</source>
            <translation>Arquivar “%1”?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/lost_reason_dialog.py" line="148" />
            <source>Archive %n deal(s)?</source>
            <translation>
                <numerusform>Arquivar %n negócio?</numerusform>
                <numerusform>Arquivar %n negócios?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="156" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../ui/deals/assign_dialog.py" line="50" />
            <source>Assign to</source>
            <translation>Repassar negócios</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/assign_dialog.py" line="52" />
            <source>Give %n selected deal(s) to:</source>
            <translation>
                <numerusform>Repassar %n negócio selecionado para:</numerusform>
                <numerusform>Repassar %n negócios selecionados para:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/assign_dialog.py" line="63" />
            <source>Their open follow-ups go with them, and the new owner is told.</source>
            <translation>As atividades em aberto vão junto, e o novo responsável é avisado.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/assign_dialog.py" line="71" />
            <source>Assign</source>
            <translation>Repassar</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../ui/backup.py" line="37" />
            <location filename="../../ui/backup.py" line="74" />
            <source>Back up database</source>
            <translation>Backup do banco de dados</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="39" />
            <source>Funnel databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bancos de dados do Funnel (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="49" />
            <source>Backup cancelled; nothing was written.</source>
            <translation>Backup cancelado; nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="55" />
            <source>The backup could not be written to %1: %2</source>
            <translation>Não foi possível gravar o backup em %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="60" />
            <source>Backed up to %1</source>
            <translation>Backup salvo em %1</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="67" />
            <source>Copying what you can see from the team server…</source>
            <translation>Copiando o que você pode ver do servidor da equipe…</translation>
        </message>
        <message>
            <location filename="../../ui/backup.py" line="68" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="94" />
            <source>Backed up %n deal(s) you can see to %1.</source>
            <translation>
                <numerusform>Backup de %n negócio que você pode ver salvo em %1.</numerusform>
                <numerusform>Backup de %n negócios que você pode ver salvo em %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="114" />
            <source>%n deal(s) refer to clients you cannot see; they are kept without the client's details.</source>
            <translation>
                <numerusform>%n negócio se refere a um cliente que você não pode ver; ele foi mantido sem os dados do cliente.</numerusform>
                <numerusform>%n negócios se referem a clientes que você não pode ver; eles foram mantidos sem os dados dos clientes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup.py" line="123" />
            <source>%n other record(s) refer to records you cannot see; they are kept without those details.</source>
            <translation>
                <numerusform>Mais %n registro se refere a registros que você não pode ver; ele foi mantido sem esses dados.</numerusform>
                <numerusform>Mais %n registros se referem a registros que você não pode ver; eles foram mantidos sem esses dados.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardEmpty</name>
        <message>
            <location filename="../../ui/board/empty.py" line="21" />
            <source>No deals in this pipeline yet</source>
            <translation>Ainda não há negócios neste funil</translation>
        </message>
        <message>
            <location filename="../../ui/board/empty.py" line="22" />
            <source>Add your first deal (Ctrl+N) or import from a spreadsheet or another CRM. Each column is a stage: drag a card along as the deal moves.</source>
            <translation>Adicione seu primeiro negócio (Ctrl+N) ou importe de uma planilha ou de outro CRM. Cada coluna é uma etapa: arraste o cartão conforme o negócio avança.</translation>
        </message>
        <message>
            <location filename="../../ui/board/empty.py" line="30" />
            <source>Add a deal</source>
            <translation>Adicionar negócio</translation>
        </message>
        <message>
            <location filename="../../ui/board/empty.py" line="35" />
            <source>Import from a file…</source>
            <translation>Importar de um arquivo…</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../ui/board/page.py" line="95" />
            <source>This pipeline has no stages yet.</source>
            <translation>Este funil ainda não tem etapas.</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="141" />
            <source>Board</source>
            <translation>Quadro</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="165" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="169" />
            <source>Move to next stage</source>
            <translation>Mover para a próxima etapa</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="172" />
            <source>Move to previous stage</source>
            <translation>Mover para a etapa anterior</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="174" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="175" />
            <source>Lost…</source>
            <translation>Perdido…</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="177" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="181" />
            <source>Back to pipeline</source>
            <translation>Voltar ao funil</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="331" />
            <source>Showing %1 of %2 deals</source>
            <translation>Mostrando %1 de %2 negócios</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="341" />
            <source>%1 deals · %2 · weighted %3</source>
            <translation>%1 negócios · %2 · ponderado %3</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="472" />
            <source>Move to</source>
            <translation>Mover para</translation>
        </message>
        <message>
            <location filename="../../ui/board/page.py" line="487" />
            <source>Assign to…</source>
            <translation>Repassar para…</translation>
        </message>
        <message>
            <location filename="../../ui/board/undo_feedback.py" line="70" />
            <source>%1: “%2”</source>
            <translation>%1: “%2”</translation>
        </message>
    </context>
    <context>
        <name>CampaignActions</name>
        <message>
            <location filename="../../ui/operations/campaigns.py" line="29" />
            <source>Create campaign</source>
            <translation>Criar campanha</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="61" />
            <source>New campaign</source>
            <translation>Nova campanha</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/campaign_dialog.py" line="64" />
            <location filename="../../ui/customers/campaign_dialog.py" line="72" />
            <source>%1 · %Ln client(s)</source>
            <translation>
                <numerusform>%1 · %Ln cliente</numerusform>
                <numerusform>%1 · %Ln clientes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="77" />
            <source>e.g. a second purchase within a month</source>
            <translation>ex.: uma segunda compra dentro de um mês</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="80" />
            <source>Calls</source>
            <translation>Ligações</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="81" />
            <source>Mailing (export or mailto:)</source>
            <translation>Envio de mensagens (exportação ou mailto:)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="82" />
            <source>Birthday greetings (yearly)</source>
            <translation>Parabéns de aniversário (todo ano)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="92" />
            <source>Hello {first_name}! Your last purchase was on {last_purchase}…</source>
            <translation>Olá, {first_name}! Sua última compra foi em {last_purchase}…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="99" />
            <source>Each client's owner</source>
            <translation>O responsável por cada cliente</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="100" />
            <source>The owners ticked below, in turn</source>
            <translation>Os responsáveis marcados abaixo, em rodízio</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="113" />
            <source> a day per owner</source>
            <translation> por dia por responsável</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="118" />
            <source> business days</source>
            <translation> dias úteis</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="126" />
            <source>Once</source>
            <translation>Uma vez</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="126" />
            <source>Every week</source>
            <translation>Toda semana</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="126" />
            <source>Every month</source>
            <translation>Todo mês</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="127" />
            <source>Every 3 months</source>
            <translation>A cada 3 meses</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="134" />
            <source> days after the contact</source>
            <translation> dias após o contato</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="139" />
            <source> % of the clients, not contacted</source>
            <translation> % dos clientes, sem contato</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="142" />
            <source>Chosen at random and left alone: the result compares how many of them bought with how many of the contacted did.</source>
            <translation>Escolhidos ao acaso e deixados sem contato: o resultado compara quantos deles compraram com quantos dos contatados compraram.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="148" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="149" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="150" />
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="151" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="152" />
            <source>Script or message</source>
            <translation>Roteiro ou mensagem</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="153" />
            <source>Calls go to</source>
            <translation>Quem liga</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="155" />
            <source>At most</source>
            <translation>No máximo</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="156" />
            <source>Spread over</source>
            <translation>Distribuir em</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="157" />
            <source>Starting</source>
            <translation>A partir de</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="158" />
            <source>Repeat (rebuilds the list)</source>
            <translation>Repetir (refaz a lista)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="159" />
            <source>Count purchases within</source>
            <translation>Contar compras em até</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="160" />
            <source>Hold out for comparison</source>
            <translation>Grupo de controle</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="169" />
            <source>Create campaign</source>
            <translation>Criar campanha</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="187" />
            <source>Clients matching “%1”</source>
            <translation>Clientes que correspondem a “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="188" />
            <source>Every client in the list</source>
            <translation>Todos os clientes da lista</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="190" />
            <source>The selected clients</source>
            <translation>Os clientes selecionados</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="192" />
            <source>Tag: %1</source>
            <translation>Tag: %1</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="194" />
            <source>Source: %1</source>
            <translation>Origem: %1</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaign_dialog.py" line="195" />
            <source>Clients with a birthday</source>
            <translation>Clientes com aniversário</translation>
        </message>
    </context>
    <context>
        <name>CampaignOutcome</name>
        <message>
            <location filename="../../ui/customers/outcome.py" line="15" />
            <source>Talked, no decision yet</source>
            <translation>Conversamos, ainda sem decisão</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="16" />
            <source>No answer</source>
            <translation>Não atendeu</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="17" />
            <source>Refused</source>
            <translation>Recusou</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="18" />
            <source>Bought</source>
            <translation>Comprou</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="31" />
            <source>Campaign “%1”</source>
            <translation>Campanha “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/customers/outcome.py" line="33" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="50" />
            <source>Calls</source>
            <translation>Ligações</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="51" />
            <source>Mailing</source>
            <translation>Envio de mensagens</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="52" />
            <source>Birthday greetings</source>
            <translation>Parabéns de aniversário</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="121" />
            <source>To contact</source>
            <translation>A contatar</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="139" />
            <source>Export recipients…</source>
            <translation>Exportar destinatários…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="140" />
            <source>Write with mailto:</source>
            <translation>Escrever via mailto:</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="141" />
            <source>Build due rounds</source>
            <translation>Montar as rodadas devidas</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="142" />
            <location filename="../../ui/customers/campaigns_view.py" line="307" />
            <source>Delete campaign</source>
            <translation>Excluir campanha</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="157" />
            <source>No campaigns yet. Click a matrix cell, a class or the lost list to start one.</source>
            <translation>Ainda não há campanhas. Clique numa célula da matriz, numa classe ou na lista de perdidos para começar uma.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="217" />
            <source>started %1</source>
            <translation>iniciada em %1</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="220" />
            <source>round %1, next on %2</source>
            <translation>rodada %1, próxima em %2</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="242" />
            <source>Bought within %1 days after the contact: %2 of %3 contacted (%4), %5. Held out and not contacted (%9): %6 of %7 bought (%8).</source>
            <translation>Compraram em até %1 dias após o contato: %2 de %3 contatados (%4), %5. Grupo de controle sem contato (%9): %6 de %7 compraram (%8).</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="250" />
            <source>Groups this small can differ by chance.</source>
            <translation>Em grupos tão pequenos a diferença pode ser acaso.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="253" />
            <source>Bought within %1 days after the contact: %2 of %3 contacted (%4), %5. Without contact the same clients bought at %6 (%7 of %8).</source>
            <translation>Compraram em até %1 dias após o contato: %2 de %3 contatados (%4), %5. Sem contato, os mesmos clientes compraram em %6 (%7 de %8).</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="271" />
            <source>Export recipients</source>
            <translation>Exportar destinatários</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="272" />
            <source>CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="298" />
            <source>Campaigns</source>
            <translation>Campanhas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/campaigns_view.py" line="298" />
            <source>%n round(s) built.</source>
            <translation>
                <numerusform>%n rodada montada.</numerusform>
                <numerusform>%n rodadas montadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="308" />
            <source>Delete “%1” and the calls not made yet? Calls already made stay.</source>
            <translation>Excluir “%1” e as ligações ainda não feitas? As já feitas ficam.</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../ui/board/delegate.py" line="41" />
            <source>Hot</source>
            <translation>Quente</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="42" />
            <source>Warm</source>
            <translation>Morno</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="43" />
            <source>Cold</source>
            <translation>Frio</translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="80" />
            <source>No next step</source>
            <translation>Sem próximo passo</translation>
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
            <translation>Sem cliente</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/delegate.py" line="185" />
            <source>%n d</source>
            <comment>days in the stage</comment>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/board/delegate.py" line="187" />
            <source>back %1</source>
            <comment>a parked deal's return date</comment>
            <translation>volta %1</translation>
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
            <location filename="../../ui/deal_card/header.py" line="97" />
            <source>Stalled: %n day(s) over</source>
            <translation>
                <numerusform>Parado: %n dia além do prazo</numerusform>
                <numerusform>Parado: %n dias além do prazo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/header.py" line="112" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/imports/wizard.py" line="58" />
            <source>Check</source>
            <translation>Conferir</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="59" />
            <source>Nothing has been written yet.</source>
            <translation>Nada foi gravado ainda.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="61" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="72" />
            <source>Skip these rows and import the others</source>
            <translation>Pular estas linhas e importar as demais</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="90" />
            <source>Checking every row…</source>
            <translation>Conferindo todas as linhas…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="115" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n linha não pode ser importada:</numerusform>
                <numerusform>%n linhas não podem ser importadas:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="119" />
            <source>Line %1: %2</source>
            <translation>Linha %1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="136" />
            <source>%n deal(s) will be imported into “%1”.</source>
            <translation>
                <numerusform>%n negócio será importado para “%1”.</numerusform>
                <numerusform>%n negócios serão importados para “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="141" />
            <source>open</source>
            <translation>abertos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="142" />
            <source>won</source>
            <translation>ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="143" />
            <source>lost</source>
            <translation>perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="144" />
            <source>deleted</source>
            <translation>excluídos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="147" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="154" />
            <source>Values without a currency are in %1.</source>
            <translation>Valores sem moeda estão em %1.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="157" />
            <source>New clients: %1; matched to existing clients: %2</source>
            <translation>Clientes novos: %1; encontrados entre os existentes: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="171" />
            <source>Dates such as 03/04/2026 were read month first (4 March), as your language writes them; the file could be read either way.</source>
            <translation>Datas como 03/04/2026 foram lidas com o mês primeiro (4 de março), como no seu idioma; o arquivo permitia as duas leituras.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="174" />
            <source>Dates such as 03/04/2026 were read day first (3 April), as your language writes them; the file could be read either way.</source>
            <translation>Datas como 03/04/2026 foram lidas com o dia primeiro (3 de abril), como no seu idioma; o arquivo permitia as duas leituras.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="164" />
            <source>New stages: %1</source>
            <translation>Novas etapas: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="166" />
            <source>New pipelines: %1</source>
            <translation>Novos funis: %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="168" />
            <source>New owners: %1</source>
            <translation>Novos responsáveis: %1</translation>
        </message>
    </context>
    <context>
        <name>ClassAMarks</name>
        <message>
            <location filename="../../ui/customers/marks.py" line="61" />
            <source>Class A: among the clients who bring 80% of revenue</source>
            <translation>Classe A: entre os clientes que trazem 80% da receita</translation>
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
            <translation>1. O cliente sabe que está no seu funil?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="53" />
            <source>If not: call and offer, or let the deal go.</source>
            <translation>Se não: ligue e ofereça, ou deixe o negócio ir.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="56" />
            <source>Call today</source>
            <translation>Ligar hoje</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="57" />
            <source>Call tomorrow</source>
            <translation>Ligar amanhã</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="28" />
            <source>“%1” is a hot deal with a meeting booked on %2. Archive it anyway?</source>
            <translation>“%1” é um negócio quente com reunião marcada para %2. Arquivar mesmo assim?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="32" />
            <source>“%1” has a meeting booked on %2. Archive it anyway?</source>
            <translation>“%1” tem reunião marcada para %2. Arquivar mesmo assim?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="36" />
            <source>“%1” is a hot deal. Archive it anyway?</source>
            <translation>“%1” é um negócio quente. Arquivar mesmo assim?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="56" />
            <source>Archive this deal?</source>
            <translation>Arquivar este negócio?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="62" />
            <location filename="../../ui/cleanup/decision_panel.py" line="58" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="66" />
            <source>Keep the deal</source>
            <translation>Manter o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/confirm_dialog.py" line="92" />
            <source>Archive “%1”?</source>
            <translation>Arquivar “%1”?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="61" />
            <source>2. Are they ready to buy this month?</source>
            <translation>2. Está pronto para comprar este mês?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="64" />
            <source>If not: park the deal in Future sales with a call back.</source>
            <translation>Se não: adie o negócio para Vendas futuras com um retorno agendado.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="69" />
            <source>1 month</source>
            <translation>1 mês</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="70" />
            <source>3 months</source>
            <translation>3 meses</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="71" />
            <source>6 months</source>
            <translation>6 meses</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="72" />
            <source>Until…</source>
            <translation>Até…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="74" />
            <source>Other decisions</source>
            <translation>Outras decisões</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="81" />
            <location filename="../../ui/cleanup/facts.py" line="211" />
            <source>Next step…</source>
            <translation>Próximo passo…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="82" />
            <location filename="../../ui/cleanup/decision_panel.py" line="151" />
            <source>Move to stage…</source>
            <translation>Mover para etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="83" />
            <source>Temperature…</source>
            <translation>Temperatura…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="84" />
            <location filename="../../ui/cleanup/history.py" line="64" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="85" />
            <source>Lost…</source>
            <translation>Perdido…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="86" />
            <source>Silent lead…</source>
            <translation>Lead sem resposta…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="87" />
            <source>Skip this week</source>
            <translation>Pular semana</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="96" />
            <source>Next deal</source>
            <translation>Próximo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="144" />
            <source>Fix or waive the unticked checklist items to move on.</source>
            <translation>Para seguir, resolva ou dispense os itens não marcados do checklist.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/decision_panel.py" line="149" />
            <source>Bring back to…</source>
            <translation>Trazer de volta para…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="79" />
            <location filename="../../ui/cleanup/facts.py" line="185" />
            <source>Next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="81" />
            <source>Set next step</source>
            <translation>Definir próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="87" />
            <location filename="../../ui/cleanup/review_decisions.py" line="72" />
            <location filename="../../ui/cleanup/text.py" line="19" />
            <source>Call</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="92" />
            <source>At</source>
            <translation>Às</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="102" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="103" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="98" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="86" />
            <source>Subject</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="104" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="134" />
            <source>Park until a date</source>
            <translation>Adiar até uma data</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="136" />
            <source>Park</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="138" />
            <source>Call the client back on:</source>
            <translation>Retornar ao cliente em:</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="162" />
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="171" />
            <source>%1 (now)</source>
            <translation>%1 (atual)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="207" />
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="209" />
            <source>Set</source>
            <translation>Definir</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="216" />
            <source>Not set</source>
            <translation>Não definido</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="237" />
            <source>Log a contact</source>
            <translation>Registrar contato</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="239" />
            <source>Log</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="247" />
            <source>What was said, what was agreed</source>
            <translation>O que foi dito, o que foi combinado</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="251" />
            <source>How</source>
            <translation>Como</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="252" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="271" />
            <source>Fill in the deal</source>
            <translation>Preencher o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="273" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="277" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="282" />
            <location filename="../../ui/cleanup/facts.py" line="182" />
            <location filename="../../ui/cleanup/summary_view.py" line="108" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="283" />
            <location filename="../../ui/cleanup/facts.py" line="183" />
            <source>Expected close</source>
            <translation>Previsão de fechamento</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="306" />
            <source>Add a note</source>
            <translation>Adicionar anotação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/dialogs.py" line="308" />
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
            <location filename="../../ui/cleanup/facts.py" line="116" />
            <source>waived for this review</source>
            <translation>dispensado nesta revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="163" />
            <source>Cool down</source>
            <translation>Esfriar</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="165" />
            <source>Keep as is</source>
            <translation>Manter</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="181" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="184" />
            <source>Last contact</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="186" />
            <source>Latest notes</source>
            <translation>Últimas anotações</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="201" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="205" />
            <source>Add note…</source>
            <translation>Anotação…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="208" />
            <source>Log contact…</source>
            <translation>Registrar contato…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="214" />
            <source>Fill in…</source>
            <translation>Preencher…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="249" />
            <source>No client</source>
            <translation>Sem cliente</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="253" />
            <source>Owner: %1</source>
            <translation>Responsável: %1</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="265" />
            <source>Parked in %1 until %2; returns to %3</source>
            <translation>Adiado em %1 até %2; volta para %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="272" />
            <source>%1 · %n day(s) in stage</source>
            <translation>
                <numerusform>%1 · %n dia na etapa</numerusform>
                <numerusform>%1 · %n dias na etapa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="276" />
            <source>(stalls after %n day(s))</source>
            <translation>
                <numerusform>(fica parado após %n dia)</numerusform>
                <numerusform>(fica parado após %n dias)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="284" />
            <location filename="../../ui/cleanup/facts.py" line="288" />
            <source>Not filled in</source>
            <translation>Não preenchido</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="297" />
            <location filename="../../ui/cleanup/facts.py" line="391" />
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="325" />
            <source>No reply to the notice: archive?</source>
            <translation>Sem resposta ao aviso: arquivar?</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="329" />
            <source>Replied after the notice</source>
            <translation>Respondeu após o aviso</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="333" />
            <source>Notice sent, waiting for a reply</source>
            <translation>Aviso enviado, aguardando resposta</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="351" />
            <source>%1 → %2? No purchase and no activity for %n day(s) or more.</source>
            <translation>
                <numerusform>%1 → %2? Nenhuma compra e nenhuma atividade há %n dia ou mais.</numerusform>
                <numerusform>%1 → %2? Nenhuma compra e nenhuma atividade há %n dias ou mais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="370" />
            <source>None logged</source>
            <translation>Nenhum registrado</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/facts.py" line="373" />
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/facts.py" line="386" />
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
            <location filename="../../ui/cleanup/history.py" line="95" />
            <source>Skipped</source>
            <translation>Pulada</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="97" />
            <source>Due this week</source>
            <translation>Prevista esta semana</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/history.py" line="108" />
            <source>%1 · partial (%2 of %3)</source>
            <translation>%1 · parcial (%2 de %3)</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="28" />
            <location filename="../../ui/cleanup/review_view.py" line="68" />
            <source>Weekly clean-up</source>
            <translation>Limpeza semanal do funil</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="34" />
            <source>Settings…</source>
            <translation>Configurações…</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="56" />
            <location filename="../../ui/cleanup/home.py" line="171" />
            <source>Start review</source>
            <translation>Iniciar revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="67" />
            <source>Every open deal, stalled ones first: does the client know they are in your funnel, and are they ready to buy this month? Each deal leaves with a decision and a next step.</source>
            <translation>Todos os negócios abertos, os parados primeiro: o cliente sabe que está no seu funil e está pronto para comprar este mês? Cada negócio sai com uma decisão e um próximo passo.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="91" />
            <source>Past weeks</source>
            <translation>Semanas anteriores</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="102" />
            <source>No clean-up yet: the first one starts the history.</source>
            <translation>Nenhuma limpeza ainda: a primeira inicia o histórico.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="129" />
            <source>Reminder every %1 at %2</source>
            <translation>Lembrete a cada %1 às %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="136" />
            <source>Under way: %1 of %2 deals decided</source>
            <translation>Em andamento: %1 de %2 negócios decididos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="142" />
            <source>Pick up where you left off.</source>
            <translation>Continue de onde parou.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="144" />
            <source>Resume review</source>
            <translation>Continuar revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="148" />
            <source>This week's clean-up is due</source>
            <translation>A limpeza desta semana está pendente</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="153" />
            <source>Done for this week. Next clean-up: %1, %2</source>
            <translation>Pronto por esta semana. Próxima limpeza: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="162" />
            <source>Next clean-up: %1, %2</source>
            <translation>Próxima limpeza: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="169" />
            <source>Review again</source>
            <translation>Revisar de novo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="175" />
            <source>%n week(s) skipped before this one.</source>
            <translation>
                <numerusform>%n semana pulada antes desta.</numerusform>
                <numerusform>%n semanas puladas antes desta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="187" />
            <source>Streak: %n week(s) in a row</source>
            <translation>
                <numerusform>Sequência: %n semana seguida</numerusform>
                <numerusform>Sequência: %n semanas seguidas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/home.py" line="196" />
            <source>No open deals to review.</source>
            <translation>Nenhum negócio aberto para revisar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="197" />
            <source>%n open deal(s) to review</source>
            <translation>
                <numerusform>%n negócio aberto para revisar</numerusform>
                <numerusform>%n negócios abertos para revisar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="200" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n parado</numerusform>
                <numerusform>%n parados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="203" />
            <source>%n without a next step</source>
            <translation>
                <numerusform>%n sem próximo passo</numerusform>
                <numerusform>%n sem próximo passo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/home.py" line="207" />
            <source>%n back from Future sales</source>
            <translation>
                <numerusform>%n de volta das Vendas futuras</numerusform>
                <numerusform>%n de volta das Vendas futuras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="77" />
            <source>Clean-up</source>
            <translation>Limpeza do funil</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/page.py" line="95" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="163" />
            <location filename="../../ui/firststart/assistant.py" line="175" />
            <source>Weekly pipeline clean-up</source>
            <translation>Limpeza semanal do funil</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="77" />
            <source>Open deal</source>
            <translation>Abrir negócio</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="79" />
            <source>Leave</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="82" />
            <source>Finish review</source>
            <translation>Concluir revisão</translation>
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
                <numerusform>Falta decidir %n negócio. Se finalizar agora, a revisão fica parcial e a limpeza desta semana continua pendente (K pula um negócio de propósito). Finalizar mesmo assim?</numerusform>
                <numerusform>Falta decidir %n negócios. Se finalizar agora, a revisão fica parcial e a limpeza desta semana continua pendente (K pula um negócio de propósito). Finalizar mesmo assim?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="80" />
            <source>Call back</source>
            <translation>Retornar ligação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="97" />
            <source>Bring the deal back</source>
            <translation>Trazer o negócio de volta</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="99" />
            <source>Move to stage</source>
            <translation>Mover para etapa</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="143" />
            <source>Call today set for “%1”.</source>
            <translation>Ligação marcada para hoje em “%1”.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="148" />
            <source>Call tomorrow set for “%1”.</source>
            <translation>Ligação marcada para amanhã em “%1”.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="153" />
            <source>Archived “%1”.</source>
            <translation>“%1” arquivado.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="160" />
            <source>Parked “%1” for a month.</source>
            <translation>“%1” adiado por um mês.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="166" />
            <source>Parked “%1” for 3 months.</source>
            <translation>“%1” adiado por 3 meses.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="172" />
            <source>Parked “%1” for 6 months.</source>
            <translation>“%1” adiado por 6 meses.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="178" />
            <source>Parked “%1”.</source>
            <translation>“%1” adiado.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="187" />
            <source>Next step set for “%1”.</source>
            <translation>Próximo passo definido para “%1”.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="198" />
            <source>Moved “%1”.</source>
            <translation>“%1” movido.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="205" />
            <source>Temperature of “%1” changed.</source>
            <translation>Temperatura de “%1” alterada.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="212" />
            <source>“%1” marked won.</source>
            <translation>“%1” marcado como ganho.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="219" />
            <source>“%1” marked lost.</source>
            <translation>“%1” marcado como perdido.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="226" />
            <source>Notice sent for “%1”; it is archived unless they reply.</source>
            <translation>Aviso enviado para “%1”; será arquivado se não houver resposta.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="234" />
            <source>Skipped “%1” this week.</source>
            <translation>“%1” pulado nesta semana.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="238" />
            <source>Kept “%1”.</source>
            <translation>“%1” mantido como está.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="126" />
            <source>No mail program opened the message; nothing was recorded. Set a default mail program, or write to the client yourself.</source>
            <translation>Nenhum programa de e-mail abriu a mensagem; nada foi registrado. Defina um programa de e-mail padrão ou escreva ao cliente você mesmo.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_decisions.py" line="136" />
            <source>Archive unless they reply</source>
            <translation>Arquivar se não responder</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/review_view.py" line="402" />
            <source>Finish the review</source>
            <translation>Concluir a revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="42" />
            <source>Clean-up settings</source>
            <translation>Configurações da limpeza</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="63" />
            <location filename="../../ui/cleanup/settings_dialog.py" line="68" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="73" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="71" />
            <source>Remind me every</source>
            <translation>Lembrar a cada</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="73" />
            <source>Archive a silent lead after</source>
            <translation>Arquivar lead sem resposta após</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="76" />
            <source>Propose cooling a quiet client after</source>
            <translation>Sugerir esfriar cliente inativo após</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="89" />
            <source>Restore the default wording</source>
            <translation>Restaurar o texto padrão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="93" />
            <source>Placeholders: %1</source>
            <translation>Campos: %1</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="97" />
            <location filename="../../ui/cleanup/silent_dialog.py" line="83" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/settings_dialog.py" line="99" />
            <source>Silent-lead message</source>
            <translation>Mensagem para lead sem resposta</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="50" />
            <source>Silent lead</source>
            <translation>Lead sem resposta</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="53" />
            <source>“%1” has gone quiet. Your mail program will open with this message; the deal is archived after the days below unless a reply is logged.</source>
            <translation>“%1” parou de responder. Seu programa de e-mail vai abrir com esta mensagem; o negócio será arquivado após os dias abaixo, a menos que uma resposta seja registrada.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="84" />
            <source>Archive after</source>
            <translation>Arquivar após</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="85" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="91" />
            <source>Open in mail program</source>
            <translation>Abrir no programa de e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="131" />
            <source>No e-mail on file: add the address in the mail program</source>
            <translation>Sem e-mail cadastrado: adicione o endereço no programa de e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/silent_dialog.py" line="138" />
            <source>Archive task due %1.</source>
            <translation>Tarefa de arquivamento em %1.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="65" />
            <source>Clean-up done</source>
            <translation>Limpeza concluída</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="71" />
            <source>deals reviewed</source>
            <translation>negócios revisados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="72" />
            <source>calls scheduled</source>
            <translation>ligações agendadas</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="73" />
            <source>parked</source>
            <translation>adiados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="74" />
            <source>archived</source>
            <translation>arquivados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="75" />
            <source>won</source>
            <translation>ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="76" />
            <source>lost</source>
            <translation>perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="78" />
            <source>still without a next step</source>
            <translation>ainda sem próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="87" />
            <source>Your sales pipelines</source>
            <translation>Seus funis de vendas</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="92" />
            <location filename="../../ui/cleanup/summary_view.py" line="197" />
            <source>Last review</source>
            <translation>Última revisão</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="96" />
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="98" />
            <source>Change</source>
            <translation>Variação</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="107" />
            <source>Open deals</source>
            <translation>Negócios abertos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="109" />
            <source>Stalled</source>
            <translation>Parados</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="126" />
            <source>Back to the clean-up page</source>
            <translation>Voltar à página de limpeza</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="166" />
            <source>%1 of %2 deals decided</source>
            <translation>%1 de %2 negócios decididos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/cleanup/summary_view.py" line="182" />
            <source>%n week(s) in a row</source>
            <translation>
                <numerusform>%n semana seguida</numerusform>
                <numerusform>%n semanas seguidas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="184" />
            <source>A new streak starts today.</source>
            <translation>Uma nova sequência começa hoje.</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/summary_view.py" line="193" />
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
        <message>
            <location filename="../../ui/cleanup/scope.py" line="24" />
            <source>Mine</source>
            <translation>Meus</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/scope.py" line="25" />
            <source>Everyone's</source>
            <translation>De todos</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/scope.py" line="27" />
            <source>Whose open deals this week's clean-up reviews</source>
            <translation>De quem são os negócios abertos que a limpeza desta semana revisa</translation>
        </message>
        <message>
            <location filename="../../ui/cleanup/scope.py" line="34" />
            <source>Deals to review:</source>
            <translation>Negócios a revisar:</translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <location filename="../../ui/clients/card.py" line="110" />
            <source>New client</source>
            <translation>Novo cliente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="132" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="192" />
            <source>The birthday is known</source>
            <translation>Aniversário conhecido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="200" />
            <source>Not known</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="168" />
            <source>What to remember about this client</source>
            <translation>O que lembrar sobre este cliente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="174" />
            <source>Company:</source>
            <translation>Empresa:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="175" />
            <source>Phones:</source>
            <translation>Telefones:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="176" />
            <source>E-mails:</source>
            <translation>E-mails:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="177" />
            <source>Source:</source>
            <translation>Origem:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="178" />
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="179" />
            <source>Temperature:</source>
            <translation>Temperatura:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="180" />
            <source>Birthday:</source>
            <translation>Aniversário:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="181" />
            <source>Referred by:</source>
            <translation>Indicado por:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="234" />
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="318" />
            <source>Deals (%n)</source>
            <translation>
                <numerusform>Negócios (%n)</numerusform>
                <numerusform>Negócios (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/card.py" line="319" />
            <source>Purchases (%n)</source>
            <translation>
                <numerusform>Compras (%n)</numerusform>
                <numerusform>Compras (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="367" />
            <source>A client needs a name.</source>
            <translation>O cliente precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="376" />
            <source>“%1” does not look like a phone number.</source>
            <translation>“%1” não parece um número de telefone.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="378" />
            <source>“%1” is not an e-mail address.</source>
            <translation>“%1” não é um endereço de e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="382" />
            <source>Pick who referred this client from the list, or clear the box.</source>
            <translation>Escolha na lista quem indicou este cliente ou limpe o campo.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/card.py" line="432" />
            <source>Edit client</source>
            <translation>Editar cliente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="124" />
            <source>Timeline (%1)</source>
            <translation>Linha do tempo (%1)</translation>
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
            <location filename="../../ui/deal_card/client_picker.py" line="76" />
            <source>Create client «%1»</source>
            <translation>Criar cliente “%1”</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="306" />
            <location filename="../../ui/deal_card/client_picker.py" line="110" />
            <source>Type a name, phone or e-mail</source>
            <translation>Nome, telefone ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="129" />
            <source>+1 555 010 0200</source>
            <translation>+55 11 91234-5678</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="132" />
            <source>name@example.com</source>
            <translation>nome@exemplo.com.br</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="140" />
            <source>Phone:</source>
            <translation>Telefone:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="142" />
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="186" />
            <source>Open client</source>
            <translation>Abrir cliente</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="251" />
            <source>Pick a client from the list, or choose “Create client «%1»”.</source>
            <translation>Escolha um cliente na lista ou a opção “Criar cliente ‘%1’”.</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/client_picker.py" line="294" />
            <source>New client «%1» is created when you save the deal.</source>
            <translation>O novo cliente “%1” será criado quando você salvar o negócio.</translation>
        </message>
    </context>
    <context>
        <name>ClientSetModel</name>
        <message>
            <location filename="../../ui/customers/set_list.py" line="50" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="51" />
            <source>Purchases</source>
            <translation>Compras</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="52" />
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="53" />
            <source>Last purchase</source>
            <translation>Última compra</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="54" />
            <source>Days silent</source>
            <translation>Dias sem comprar</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="55" />
            <source>Last bought</source>
            <translation>Última compra: o quê</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="56" />
            <source>First purchase</source>
            <translation>Primeira compra</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="57" />
            <source>Expected next</source>
            <translation>Próxima esperada</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="58" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="59" />
            <source>Source</source>
            <translation>Origem</translation>
        </message>
    </context>
    <context>
        <name>ClientSetPanel</name>
        <message>
            <location filename="../../ui/customers/set_list.py" line="126" />
            <source>Search by name, phone or e-mail</source>
            <translation>Buscar por nome, telefone ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="130" />
            <source>Open card</source>
            <translation>Abrir ficha</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="131" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="132" />
            <source>Start a campaign…</source>
            <translation>Iniciar campanha…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/set_list.py" line="169" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clientes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/set_list.py" line="184" />
            <source>Export clients</source>
            <translation>Exportar clientes</translation>
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
            <location filename="../../ui/clients/page.py" line="84" />
            <source>Filter by name, company, phone or e-mail</source>
            <translation>Filtrar por nome, empresa, telefone ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="88" />
            <source>Any temperature</source>
            <translation>Qualquer temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="90" />
            <source>Hot</source>
            <translation>Quentes</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="91" />
            <source>Warm</source>
            <translation>Mornos</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="92" />
            <source>Cold</source>
            <translation>Frios</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="97" />
            <source>Not set</source>
            <translation>Não definido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="99" />
            <source>New client</source>
            <translation>Novo cliente</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="102" />
            <source>Find duplicates…</source>
            <translation>Encontrar duplicados…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="105" />
            <source>Clients entered twice: the same phone or e-mail, a similar name</source>
            <translation>Clientes cadastrados duas vezes: mesmo telefone ou e-mail, nome parecido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="108" />
            <source>Start campaign…</source>
            <translation>Iniciar campanha…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="111" />
            <source>Calls, a mailing or birthday greetings for the clients in this list, the selected ones, a tag or a source</source>
            <translation>Ligações, envio de mensagens ou felicitações de aniversário para os clientes desta lista, os selecionados, uma tag ou uma origem</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="130" />
            <source>No clients match these filters.</source>
            <translation>Nenhum cliente corresponde a estes filtros.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/page.py" line="163" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="183" />
            <source>%Ln client(s)</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="254" />
            <source>Campaign “%1” created for %Ln client(s).</source>
            <translation>
                <numerusform>Campanha “%1” criada para %Ln cliente.</numerusform>
                <numerusform>Campanha “%1” criada para %Ln clientes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/page.py" line="258" />
            <source>%n held out for comparison.</source>
            <translation>
                <numerusform>%n no grupo de controle.</numerusform>
                <numerusform>%n no grupo de controle.</numerusform>
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
            <location filename="../../ui/deals/table.py" line="190" />
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
        <name>ConflictBar</name>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="36" />
            <source>Reload</source>
            <translation>Recarregar</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="39" />
            <source>Show the record as it is now; what you typed is dropped</source>
            <translation>Mostrar o registro como está agora; o que você digitou é descartado</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="41" />
            <source>Keep mine</source>
            <translation>Manter o meu</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="43" />
            <source>Save what you typed over the other change</source>
            <translation>Salvar o que você digitou por cima da outra alteração</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="58" />
            <source>%1 was changed by %2 a moment ago.</source>
            <translation>%1 foi alterado por %2 agora há pouco.</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="61" />
            <source>%1 was changed elsewhere a moment ago.</source>
            <translation>%1 foi alterado em outro lugar agora há pouco.</translation>
        </message>
        <message>
            <location filename="../../ui/team/conflict_bar.py" line="62" />
            <source>Nothing you typed was lost or saved yet.</source>
            <translation>Nada do que você digitou foi perdido nem salvo ainda.</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="52" />
            <source>Connect to a team database</source>
            <translation>Conectar a um banco de dados da equipe</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="75" />
            <source>Remember the password (in the system keyring)</source>
            <translation>Lembrar a senha (no chaveiro do sistema)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="80" />
            <source>Prefer encryption (prefer)</source>
            <translation>Criptografar se possível (prefer)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="81" />
            <source>No encryption (disable)</source>
            <translation>Sem criptografia (disable)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="82" />
            <source>Require encryption (require)</source>
            <translation>Exigir criptografia (require)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="83" />
            <source>Require and verify the certificate (verify-full)</source>
            <translation>Exigir e verificar o certificado (verify-full)</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="89" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="90" />
            <source>Port:</source>
            <translation>Porta:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="91" />
            <source>Database:</source>
            <translation>Banco de dados:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="92" />
            <source>User:</source>
            <translation>Usuário:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="93" />
            <source>Password:</source>
            <translation>Senha:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="95" />
            <source>Encryption:</source>
            <translation>Criptografia:</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="97" />
            <source>Test connection</source>
            <translation>Testar conexão</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="114" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="143" />
            <source>Fill in the server's name or address.</source>
            <translation>Informe o nome ou o endereço do servidor.</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="144" />
            <source>Fill in the database's name.</source>
            <translation>Informe o nome do banco de dados.</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="145" />
            <source>Fill in your user name on the server.</source>
            <translation>Informe seu nome de usuário no servidor.</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="190" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="210" />
            <source>Connected as %1 to %2 on %3</source>
            <translation>Conectado como %1 a %2 em %3</translation>
        </message>
        <message>
            <location filename="../../ui/team/connect_dialog.py" line="230" />
            <source>There is no system keyring to remember it in.</source>
            <translation>Não há chaveiro do sistema onde guardá-la.</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="77" />
            <source>Add phone</source>
            <translation>Adicionar telefone</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="77" />
            <source>Add e-mail</source>
            <translation>Adicionar e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="114" />
            <source>+1 555 010 0200</source>
            <translation>+55 11 91234-5678</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="114" />
            <source>name@example.com</source>
            <translation>nome@exemplo.com.br</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="129" />
            <location filename="../../ui/clients/fields.py" line="148" />
            <source>Write</source>
            <translation>Escrever</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="133" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../ui/clients/fields.py" line="148" />
            <source>Call</source>
            <translation>Ligar</translation>
        </message>
    </context>
    <context>
        <name>CustomerCheckPage</name>
        <message>
            <location filename="../../ui/imports/customers.py" line="57" />
            <source>Check</source>
            <translation>Verificação</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="58" />
            <source>Nothing has been written yet.</source>
            <translation>Nada foi gravado ainda.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="60" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="71" />
            <source>Skip these rows and import the others</source>
            <translation>Ignorar estas linhas e importar as outras</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="88" />
            <source>Checking every row…</source>
            <translation>Verificando cada linha…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="113" />
            <source>%n row(s) cannot be imported:</source>
            <translation>
                <numerusform>%n linha não pode ser importada:</numerusform>
                <numerusform>%n linhas não podem ser importadas:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="117" />
            <source>Line %1: %2</source>
            <translation>Linha %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="138" />
            <source>New clients: %1; matched to existing clients: %2</source>
            <translation>Clientes novos: %1; encontrados entre os existentes: %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="145" />
            <source>Everyone in the file is already a client; nothing to add.</source>
            <translation>Todos do arquivo já são clientes; nada a acrescentar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="149" />
            <source>%n purchase(s) will be imported.</source>
            <translation>
                <numerusform>%n compra será importada.</numerusform>
                <numerusform>%n compras serão importadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="154" />
            <source>Amounts without a currency are in %1.</source>
            <translation>Valores sem moeda estão em %1.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="157" />
            <source>Cancelled orders not counted: %1. Return lines not counted: %2.</source>
            <translation>Pedidos cancelados não contados: %1. Linhas de devolução não contadas: %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="165" />
            <source>%n order(s) were imported before and are left as they are.</source>
            <translation>
                <numerusform>%n pedido já foi importado e fica como está.</numerusform>
                <numerusform>%n pedidos já foram importados e ficam como estão.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerColumnsPage</name>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="233" />
            <source>Match columns to fields</source>
            <translation>Associe as colunas aos campos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="235" />
            <source>Columns Funnel recognises are matched already; check them and set the rest.</source>
            <translation>As colunas que o Funnel reconhece já estão associadas; confira-as e defina as demais.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="259" />
            <source>Currency of amounts without one:</source>
            <translation>Moeda dos valores sem moeda:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="283" />
            <source>Recognised as %1.</source>
            <translation>Reconhecido como %1.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="289" />
            <source>(not imported)</source>
            <translation>(não importar)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="323" />
            <source>“%1” and “%2” both go to %3; choose one.</source>
            <translation>“%1” e “%2” vão ambos para %3; escolha um.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="332" />
            <source>Choose the column that says who the customer is: a name, phone or e-mail.</source>
            <translation>Escolha a coluna que diz quem é o cliente: nome, telefone ou e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="336" />
            <source>Choose the column that holds the date.</source>
            <translation>Escolha a coluna com a data.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="338" />
            <source>Choose the amount column, or both quantity and unit price.</source>
            <translation>Escolha a coluna do valor, ou a de quantidade e a de preço unitário.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="341" />
            <source>Say which currency the amounts are in, for example RUB, USD or BRL.</source>
            <translation>Informe a moeda dos valores, por exemplo RUB, USD ou BRL.</translation>
        </message>
    </context>
    <context>
        <name>CustomerFilePage</name>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="100" />
            <location filename="../../ui/imports/customer_pages.py" line="165" />
            <source>Choose a file</source>
            <translation>Escolha um arquivo</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="103" />
            <source>A CSV or Excel table, or a vCard (.vcf) address book from a phone, Google Contacts, Outlook or Apple.</source>
            <translation>Uma planilha CSV ou Excel, ou uma agenda vCard (.vcf) do celular, do Google Contatos, do Outlook ou da Apple.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="109" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="115" />
            <source>Comma ( , )</source>
            <translation>Vírgula ( , )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="116" />
            <source>Semicolon ( ; )</source>
            <translation>Ponto e vírgula ( ; )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="117" />
            <source>Tab</source>
            <translation>Tabulação</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="129" />
            <source>File:</source>
            <translation>Arquivo:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="130" />
            <source>Encoding:</source>
            <translation>Codificação:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="131" />
            <source>Delimiter:</source>
            <translation>Separador:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="132" />
            <source>Sheet:</source>
            <translation>Planilha:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="168" />
            <source>Tables and address books (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
            <translation>Planilhas e agendas (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="197" />
            <source>Detected: %1, %2</source>
            <translation>Detectado: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="205" />
            <source>An Excel workbook</source>
            <translation>Uma pasta de trabalho do Excel</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="207" />
            <source>A vCard address book</source>
            <translation>Uma agenda vCard</translation>
        </message>
    </context>
    <context>
        <name>CustomerImport</name>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="61" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="62" />
            <source>First name</source>
            <translation>Primeiro nome</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="63" />
            <source>Middle name</source>
            <translation>Nome do meio</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="64" />
            <source>Last name</source>
            <translation>Sobrenome</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="65" />
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="66" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="67" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="68" />
            <source>Birthday</source>
            <translation>Aniversário</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="69" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="70" />
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="71" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="72" />
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="73" />
            <source>Id in the other system</source>
            <translation>ID no outro sistema</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="74" />
            <source>Customer id</source>
            <translation>ID do cliente</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="75" />
            <source>Order number</source>
            <translation>Número do pedido</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="76" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="77" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="78" />
            <source>Quantity</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="79" />
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="80" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="81" />
            <source>Status (cancelled)</source>
            <translation>Status (cancelado)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="84" />
            <source>a vCard address book</source>
            <translation>uma agenda vCard</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="85" />
            <source>a Google Contacts export</source>
            <translation>uma exportação do Google Contatos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="86" />
            <source>an Outlook contacts export</source>
            <translation>uma exportação de contatos do Outlook</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customer_pages.py" line="87" />
            <source>an amoCRM/Kommo contacts export</source>
            <translation>uma exportação de contatos do amoCRM/Kommo</translation>
        </message>
    </context>
    <context>
        <name>CustomerImportPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="186" />
            <source>Imported %n purchase(s).</source>
            <translation>
                <numerusform>%n compra importada.</numerusform>
                <numerusform>%n compras importadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/customers.py" line="189" />
            <source>Imported %n client(s).</source>
            <translation>
                <numerusform>%n cliente importado.</numerusform>
                <numerusform>%n clientes importados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="192" />
            <source>New clients: %1; matched to existing clients: %2</source>
            <translation>Clientes novos: %1; encontrados entre os existentes: %2</translation>
        </message>
    </context>
    <context>
        <name>CustomerImportWizard</name>
        <message>
            <location filename="../../ui/imports/customers.py" line="216" />
            <location filename="../../ui/imports/customers.py" line="263" />
            <source>Import clients</source>
            <translation>Importar clientes</translation>
        </message>
        <message>
            <location filename="../../ui/imports/customers.py" line="218" />
            <location filename="../../ui/imports/customers.py" line="263" />
            <source>Import purchases</source>
            <translation>Importar compras</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../../ui/customers/charts.py" line="47" />
            <source>Clients by revenue</source>
            <translation>Clientes por receita</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="52" />
            <source>All clients equal</source>
            <translation>Se todos fossem iguais</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="58" />
            <source>Top 20%</source>
            <translation>Os 20% maiores</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="65" />
            <source>% of clients, richest first</source>
            <translation>% dos clientes, dos maiores para os menores</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="67" />
            <source>% of revenue</source>
            <translation>% da receita</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="79" />
            <source>Active clients</source>
            <translation>Clientes ativos</translation>
        </message>
        <message>
            <location filename="../../ui/customers/charts.py" line="83" />
            <source>Target</source>
            <translation>Meta</translation>
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
            <translation>Limites e nomes…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="122" />
            <source>Active clients</source>
            <translation>Clientes ativos</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="137" />
            <source>Start a win-back campaign…</source>
            <translation>Iniciar campanha de reconquista…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="149" />
            <source>Lifecycle</source>
            <translation>Ciclo de vida</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="150" />
            <source>Top clients</source>
            <translation>Principais clientes</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="151" />
            <source>Lifetime value</source>
            <translation>Valor do cliente</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="152" />
            <source>Lost clients</source>
            <translation>Clientes perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="153" />
            <source>Campaigns</source>
            <translation>Campanhas</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="163" />
            <source>Win back lost clients</source>
            <translation>Reconquistar clientes perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="175" />
            <source>Customers</source>
            <translation>Base de clientes</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="213" />
            <source>As of %1</source>
            <translation>Em %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/page.py" line="231" />
            <source>%Ln client(s) bought before and have been silent for more than twice their usual gap (at least 90 days). The richest come first.</source>
            <translation>
                <numerusform>%Ln cliente já comprou e está em silêncio há mais que o dobro do seu intervalo habitual (pelo menos 90 dias). Os maiores vêm primeiro.</numerusform>
                <numerusform>%Ln clientes já compraram e estão em silêncio há mais que o dobro do seu intervalo habitual (pelo menos 90 dias). Os maiores vêm primeiro.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="245" />
            <source>%1 of %2 buying clients bought in the last %3 days; target %4.</source>
            <translation>%1 de %2 clientes compradores compraram nos últimos %3 dias; meta %4.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="254" />
            <source>%1 points over 12 months.</source>
            <translation>%1 pontos em 12 meses.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="259" />
            <source>Revenue in %1: %2.</source>
            <translation>Receita em %1: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="262" />
            <source>(No home currency is set: the one most purchases are in.)</source>
            <translation>(Moeda principal não definida: usada a da maioria das compras.)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/page.py" line="264" />
            <source>%n purchase(s) in other currencies left out of revenue.</source>
            <translation>
                <numerusform>%n compra em outras moedas ficou fora da receita.</numerusform>
                <numerusform>%n compras em outras moedas ficaram fora da receita.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/page.py" line="278" />
            <source>Class %1 clients</source>
            <translation>Clientes da classe %1</translation>
        </message>
    </context>
    <context>
        <name>DataStep</name>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="44" />
            <source>Last step: what goes into your funnel first?</source>
            <translation>Última etapa: o que entra primeiro no seu funil?</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="47" />
            <source>Import deals</source>
            <translation>Importar negócios</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="48" />
            <source>From a spreadsheet, or an amoCRM, Kommo or Pipedrive export (CSV).</source>
            <translation>De uma planilha ou de uma exportação do amoCRM, Kommo ou Pipedrive (CSV).</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="51" />
            <source>Import clients</source>
            <translation>Importar clientes</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="52" />
            <source>Your contacts: names, phones, e-mails, where they came from.</source>
            <translation>Seus contatos: nomes, telefones, e-mails, de onde vieram.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="55" />
            <source>Import purchases</source>
            <translation>Importar compras</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="56" />
            <source>Past sales, to see who buys most and who has gone quiet.</source>
            <translation>Vendas passadas, para ver quem compra mais e quem sumiu.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="59" />
            <source>Start empty</source>
            <translation>Começar do zero</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="60" />
            <source>Add deals as they come: Ctrl+N, or the button on the board.</source>
            <translation>Adicione negócios conforme chegam: Ctrl+N ou o botão no quadro.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="63" />
            <source>Explore with demo data</source>
            <translation>Explorar com dados de demonstração</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/data_step.py" line="65" />
            <source>Opens a separate file with a few thousand made-up deals to try things on. Your own file stays empty; switch back with File › Open recent.</source>
            <translation>Abre um arquivo separado com alguns milhares de negócios fictícios para experimentar. Seu arquivo continua vazio; volte por Arquivo › Abrir recente.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/i18n.py" line="156" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="158" />
            <source>Tomorrow</source>
            <translation>Amanhã</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="160" />
            <source>Yesterday</source>
            <translation>Ontem</translation>
        </message>
    </context>
    <context>
        <name>DealCard</name>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="146" />
            <source>Stage history</source>
            <translation>Histórico de etapas</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="165" />
            <location filename="../../ui/deal_card/dialog.py" line="268" />
            <source>Notes</source>
            <translation>Anotações</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="166" />
            <location filename="../../ui/deal_card/dialog.py" line="273" />
            <source>Activities</source>
            <translation>Atividades</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="172" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="177" />
            <source>Save and close (Ctrl+S saves and stays)</source>
            <translation>Salvar e fechar (Ctrl+S salva sem fechar)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="179" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="241" />
            <location filename="../../ui/deal_card/dialog.py" line="401" />
            <source>New deal</source>
            <translation>Novo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="243" />
            <source>Deal — %1</source>
            <translation>Negócio — %1</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="267" />
            <source>Notes (%1)</source>
            <translation>Anotações (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="271" />
            <source>Activities (%1)</source>
            <translation>Atividades (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="326" />
            <source>Hand over deal</source>
            <translation>Repassar negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="361" />
            <source>“%1” handed to %2</source>
            <translation>“%1” passado para %2</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="399" />
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/dialog.py" line="400" />
            <source>Save the changes to «%1»?</source>
            <translation>Salvar as alterações em “%1”?</translation>
        </message>
        <message>
            <location filename="../../ui/deal_card/format.py" line="46" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 12 Nov 2026</comment>
            <translation>d 'de' MMM 'de' yyyy</translation>
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
            <location filename="../../ui/deals/model.py" line="21" />
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="22" />
            <source>Won</source>
            <translation>Ganho</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="23" />
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="24" />
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="43" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="48" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="50" />
            <source>Pipeline</source>
            <translation>Funil</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="52" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="53" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="56" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="61" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="64" />
            <source>Days in stage</source>
            <translation>Dias na etapa</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="70" />
            <source>Expected close</source>
            <translation>Previsão de fechamento</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="74" />
            <source>Created</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="78" />
            <source>Lost reason</source>
            <translation>Motivo da perda</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="81" />
            <source>Won on</source>
            <translation>Ganho em</translation>
        </message>
        <message>
            <location filename="../../ui/deals/model.py" line="87" />
            <source>Lost on</source>
            <translation>Perdido em</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/model.py" line="126" />
            <source>Stalled: %n day(s) over the stage's limit</source>
            <translation>
                <numerusform>Parado: %n dia além do prazo da etapa</numerusform>
                <numerusform>Parado: %n dias além do prazo da etapa</numerusform>
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
            <translation>Abertos</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="117" />
            <source>Won</source>
            <translation>Ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="118" />
            <source>Lost</source>
            <translation>Perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="119" />
            <source>Archived</source>
            <translation>Arquivados</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="120" />
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="127" />
            <source>Filter by title, client, phone or e-mail</source>
            <translation>Filtrar por título, cliente, telefone ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="130" />
            <source>Move to stage…</source>
            <translation>Mover para etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="63" />
            <source>No deals match these filters.</source>
            <translation>Nenhum negócio corresponde a estes filtros.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="133" />
            <location filename="../../ui/deals/page.py" line="366" />
            <source>Assign to…</source>
            <translation>Repassar para…</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="135" />
            <source>Give the selected deals to another owner</source>
            <translation>Repassar os negócios selecionados para outro responsável</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="171" />
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="199" />
            <source>All pipelines</source>
            <translation>Todos os funis</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="205" />
            <source>All owners</source>
            <translation>Todos os responsáveis</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="220" />
            <source>All stages</source>
            <translation>Todas as etapas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="266" />
            <source>Total: %Ln deal(s)</source>
            <translation>
                <numerusform>Total: %Ln negócio</numerusform>
                <numerusform>Total: %Ln negócios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="317" />
            <source>Select at most %n deals to move at once</source>
            <translation>
                <numerusform>Selecione no máximo %n negócio para mover de uma vez</numerusform>
                <numerusform>Selecione no máximo %n negócios para mover de uma vez</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="362" />
            <source>Open deal</source>
            <translation>Abrir negócio</translation>
        </message>
        <message>
            <location filename="../../ui/deals/page.py" line="364" />
            <source>Move to stage</source>
            <translation>Mover para etapa</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/page.py" line="401" />
            <source>%n deal(s) assigned to %1</source>
            <translation>
                <numerusform>%n negócio repassado para %1</numerusform>
                <numerusform>%n negócios repassados para %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoMaker</name>
        <message>
            <location filename="../../ui/firststart/demo.py" line="37" />
            <source>Making demo data: %1 deals…</source>
            <translation>Criando dados de demonstração: %1 negócios…</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/demo.py" line="40" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/demo.py" line="46" />
            <source>Demo data</source>
            <translation>Dados de demonstração</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <location filename="../../ui/desktop.py" line="106" />
            <source>Export reminders to calendar</source>
            <translation>Exportar lembretes para o calendário</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="108" />
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>Arquivos iCalendar (*.ics);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="123" />
            <source>The calendar could not be written to %1: %2</source>
            <translation>Não foi possível gravar o calendário em %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="129" />
            <source>Follow-ups exported to %1</source>
            <translation>Lembretes exportados para %1</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="64" />
            <source>Mark done</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="85" />
            <source>What came of it? (optional)</source>
            <translation>Qual foi o resultado? (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="89" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="91" />
            <source>Enter: on to the next step · Esc: cancel</source>
            <translation>Enter: ir para o próximo passo · Esc: cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="99" />
            <source>Next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="106" />
            <source>Also schedule a next step</source>
            <translation>Agendar também um próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="113" />
            <source>Enter: schedule it · Esc: finish without a next step</source>
            <translation>Enter: agendar · Esc: concluir sem próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="126" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="127" />
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="156" />
            <source>This was the last time it repeats.</source>
            <translation>Esta foi a última repetição.</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="158" />
            <source>It repeats: the next one is created for %1.</source>
            <translation>Ela se repete: a próxima foi criada para %1.</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="165" />
            <source>Enter: finish · Esc: finish</source>
            <translation>Enter: concluir · Esc: concluir</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="196" />
            <source>Finish</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="196" />
            <source>Schedule</source>
            <translation>Agendar</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="197" />
            <source>Skip</source>
            <translation>Pular</translation>
        </message>
        <message>
            <location filename="../../ui/followups/done_dialog.py" line="198" />
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
        <name>DuplicateGroupsModel</name>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="51" />
            <source>same phone</source>
            <translation>mesmo telefone</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="52" />
            <source>same e-mail</source>
            <translation>mesmo e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="53" />
            <source>similar name + same company</source>
            <translation>nome parecido + mesma empresa</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="56" />
            <source>similar name + similar phone</source>
            <translation>nome parecido + telefone parecido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="59" />
            <source>similar name + similar e-mail</source>
            <translation>nome parecido + e-mail parecido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="62" />
            <source>similar name + same birthday</source>
            <translation>nome parecido + mesmo aniversário</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="79" />
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="80" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="81" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="82" />
            <source>Phones and e-mails</source>
            <translation>Telefones e e-mails</translation>
        </message>
    </context>
    <context>
        <name>DuplicateHint</name>
        <message>
            <location filename="../../ui/clients/hint.py" line="87" />
            <source>Already a client: %1</source>
            <translation>Já é cliente: %1</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="143" />
            <source>Duplicate clients</source>
            <translation>Clientes duplicados</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="157" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="160" />
            <source>Search again</source>
            <translation>Buscar de novo</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="191" />
            <source>Merge…</source>
            <translation>Mesclar…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="195" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="198" />
            <source>A merge can be undone with Ctrl+Z.</source>
            <translation>Uma mesclagem pode ser desfeita com Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="234" />
            <source>Looking for duplicates…</source>
            <translation>Procurando duplicados…</translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="276" />
            <source>Stopped. Search again to see the groups.</source>
            <translation>Interrompido. Busque de novo para ver os grupos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/duplicates.py" line="283" />
            <source>%n group(s) of likely duplicates.</source>
            <translation>
                <numerusform>%n grupo de prováveis duplicados.</numerusform>
                <numerusform>%n grupos de prováveis duplicados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/duplicates.py" line="285" />
            <source>No duplicates found.</source>
            <translation>Nenhum duplicado encontrado.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../funnel/deals/service.py" line="104" />
            <location filename="../../funnel/deals/service.py" line="122" />
            <location filename="../../funnel/deals/service.py" line="126" />
            <source>'{value}' is not an amount of money.</source>
            <translation>“{value}” não é um valor em dinheiro.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="130" />
            <source>An amount cannot be negative (got {value}).</source>
            <translation>O valor não pode ser negativo (recebido: {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="134" />
            <source>'{value}' is too large an amount.</source>
            <translation>“{value}” é um valor grande demais.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="143" />
            <location filename="../../funnel/imports/currency.py" line="25" />
            <source>A currency is a three-letter code such as USD, RUB, BRL (got '{currency}').</source>
            <translation>A moeda é um código de três letras, como USD, RUB, BRL (recebido: “{currency}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="209" />
            <location filename="../../funnel/deals/service.py" line="279" />
            <source>A deal needs a title.</source>
            <translation>O negócio precisa de um título.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="174" />
            <source>Stage '{stage}' is not in that pipeline.</source>
            <translation>A etapa “{stage}” não está nesse funil.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="184" />
            <source>There is no pipeline with id {pipeline_id}, or it has no stages.</source>
            <translation>Não existe funil com id {pipeline_id}, ou ele não tem etapas.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/service.py" line="271" />
            <source>Cannot set {fields} here; stage and status changes are moves.</source>
            <translation>Não é possível definir {fields} aqui; mudanças de etapa e status são movimentações.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="70" />
            <source>An activity is a {kinds} or {last_kind} (got '{kind}').</source>
            <translation>O tipo de atividade é {kinds} ou {last_kind} (recebido: “{kind}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="82" />
            <source>An activity needs a subject: what is to be done?</source>
            <translation>A atividade precisa de um assunto: o que deve ser feito?</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="86" />
            <source>An activity subject is at most {max_subject} characters.</source>
            <translation>O assunto da atividade tem no máximo {max_subject} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="93" />
            <source>A campaign needs a name of 1 to 200 characters.</source>
            <translation>Uma campanha precisa de um nome de 1 a 200 caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="97" />
            <source>A campaign is by calls, mailing or birthday ('{channel}').</source>
            <translation>Uma campanha é por ligações, envio de mensagens ou aniversário ('{channel}').</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="104" />
            <source>Calls go to the client's owner or in turn ('{rule}').</source>
            <translation>As ligações vão para o responsável pelo cliente ou em rodízio ('{rule}').</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="108" />
            <source>Choose the owners who take the calls in turn.</source>
            <translation>Escolha os responsáveis que farão as ligações em rodízio.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="112" />
            <location filename="../../funnel/followups/activities.py" line="95" />
            <source>There is no owner with id {owner_id}.</source>
            <translation>Não existe responsável com id {owner_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="117" />
            <source>Calls a day are 1 to 1000 and days 1 to 365 (got {cap} a day, {days} days).</source>
            <translation>Ligações por dia vão de 1 a 1000 e dias de 1 a 365 (recebido {cap} por dia, {days} dias).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="126" />
            <source>The result window is 1 to 365 days (got {days}).</source>
            <translation>A janela de resultado é de 1 a 365 dias (recebido {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="231" />
            <source>A campaign takes at most {max} clients; this set has {count}.</source>
            <translation>Uma campanha aceita no máximo {max} clientes; este grupo tem {count}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="397" />
            <source>There is no campaign with id {campaign_id}.</source>
            <translation>Não há campanha com id {campaign_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaigns.py" line="432" />
            <source>An outcome is contacted, no_answer, refused or bought ('{status}').</source>
            <translation>O resultado é contacted, no_answer, refused ou bought ('{status}').</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="110" />
            <location filename="../../funnel/followups/activity_list.py" line="115" />
            <location filename="../../funnel/followups/snooze.py" line="94" />
            <location filename="../../funnel/followups/snooze.py" line="153" />
            <source>There is no activity with id {activity_id}.</source>
            <translation>Não existe atividade com id {activity_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="140" />
            <source>An activity's due date must be a date.</source>
            <translation>O prazo da atividade deve ser uma data.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="144" />
            <source>An activity belongs to a deal or a client; choose one.</source>
            <translation>A atividade pertence a um negócio ou a um cliente; escolha um.</translation>
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
            <translation>Não existe negócio com id {deal_id}.</translation>
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
            <translation>Não existe cliente com id {client_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="255" />
            <source>Activity '{subject}' is already done.</source>
            <translation>A atividade “{subject}” já foi concluída.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="290" />
            <location filename="../../funnel/followups/snooze.py" line="158" />
            <source>Activity '{subject}' has changed since; it cannot be undone.</source>
            <translation>A atividade “{subject}” mudou desde então; não é possível desfazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/activities.py" line="366" />
            <source>Client '{client}' has no birthday on file.</source>
            <translation>O cliente “{client}” não tem aniversário cadastrado.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="46" />
            <source>This review is finished; start next week's to decide again.</source>
            <translation>Esta revisão foi concluída; inicie a da próxima semana para decidir de novo.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="70" />
            <location filename="../../funnel/cleanup/review.py" line="187" />
            <source>There is no review item with id {item_id}.</source>
            <translation>Não existe item de revisão com id {item_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="80" />
            <source>Deal '{title}' has already been decided in this review.</source>
            <translation>O negócio “{title}” já foi decidido nesta revisão.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decision_log.py" line="94" />
            <source>Deal '{title}' is {status}; there is nothing to decide.</source>
            <translation>O negócio “{title}” está fechado ({status}); não há o que decidir.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="113" />
            <source>Schedule the call for today or later (got {day}).</source>
            <translation>Agende a ligação para hoje ou depois (recebido: {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="244" />
            <source>A next step is today or later (got {day}).</source>
            <translation>O próximo passo é hoje ou depois (recebido: {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="271" />
            <source>Deal '{title}' still misses part of its checklist ({missing}); fix or waive it first.</source>
            <translation>O negócio “{title}” ainda tem itens pendentes no checklist ({missing}); resolva ou dispense-os antes.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="316" />
            <location filename="../../funnel/deals/service.py" line="169" />
            <location filename="../../funnel/pipeline/moves.py" line="123" />
            <location filename="../../funnel/pipeline/parking.py" line="247" />
            <location filename="../../funnel/pipeline/pipelines.py" line="73" />
            <source>There is no stage with id {stage_id}.</source>
            <translation>Não existe etapa com id {stage_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="320" />
            <source>'{stage}' is a future-sales stage; park the deal to put it there.</source>
            <translation>“{stage}” é uma etapa de vendas futuras; adie o negócio para colocá-lo lá.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="350" />
            <source>Deal '{title}' has no client to be hot, warm or cold.</source>
            <translation>O negócio “{title}” não tem cliente para ser quente, morno ou frio.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="446" />
            <location filename="../../funnel/cleanup/review.py" line="109" />
            <source>There is no review with id {review_id}.</source>
            <translation>Não existe revisão com id {review_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/decisions.py" line="462" />
            <source>Client '{name}' is not hot or warm; nothing to cool.</source>
            <translation>O cliente “{name}” não está quente nem morno; não há o que esfriar.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="268" />
            <source>A checklist item is one of {names} (got '{key}').</source>
            <translation>O item do checklist é um de: {names} (recebido: “{key}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/review.py" line="299" />
            <source>This review is already finished.</source>
            <translation>Esta revisão já foi concluída.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/silent.py" line="109" />
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
            <location filename="../../funnel/cleanup/silent.py" line="201" />
            <source>Deal '{title}' is {status}; only an open deal is asked.</source>
            <translation>O negócio “{title}” está fechado ({status}); só se pergunta em negócios abertos.</translation>
        </message>
        <message>
            <location filename="../../funnel/cleanup/temperature.py" line="73" />
            <source>Propose cooling a client down after 1 to {max_days} quiet days (got {days}).</source>
            <translation>Sugira esfriar um cliente após 1 a {max_days} dias sem contato (recebido: {days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_list.py" line="150" />
            <source>Clients can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Os clientes podem ser ordenados por {choices} (recebido: “{sort_key}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_list.py" line="180" />
            <source>Temperature is hot, warm or cold (got '{temperature}').</source>
            <translation>A temperatura é hot, warm ou cold (recebido: “{temperature}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_list.py" line="195" />
            <location filename="../../funnel/customers/client_sets.py" line="266" />
            <source>Ask for at most {max_page} clients at a time (got {count}).</source>
            <translation>Peça no máximo {max_page} clientes por vez (pedidos: {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="62" />
            <source>'{phone}' does not look like a phone number.</source>
            <translation>“{phone}” não parece um número de telefone.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="71" />
            <source>'{email}' is not an e-mail address.</source>
            <translation>“{email}” não é um endereço de e-mail.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="82" />
            <source>Temperature is hot, warm or cold (got '{value}').</source>
            <translation>A temperatura é hot, warm ou cold (recebido: “{value}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="100" />
            <source>There is no client with id {referred_by_id} to be the referrer.</source>
            <translation>Não existe cliente com id {referred_by_id} para ser quem indicou.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="184" />
            <location filename="../../funnel/customers/clients.py" line="226" />
            <source>A client needs a name.</source>
            <translation>O cliente precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="220" />
            <source>Unknown client field(s): {fields}.</source>
            <translation>Campo(s) de cliente desconhecido(s): {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/clients.py" line="241" />
            <source>A client cannot be referred by themselves.</source>
            <translation>Um cliente não pode ser indicado por ele mesmo.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/rows.py" line="113" />
            <location filename="../../funnel/deals/service.py" line="396" />
            <source>Status is one of {choices} (got '{status}').</source>
            <translation>O status é um de: {choices} (recebido: “{status}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/rows.py" line="152" />
            <source>Deals can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Os negócios podem ser ordenados por {choices} (recebido: “{sort_key}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/rows.py" line="181" />
            <source>Ask for at most {max_page} deals at a time (got {count}).</source>
            <translation>Peça no máximo {max_page} negócios por vez (pedidos: {count}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="183" />
            <source>Deal '{title}' is already in stage '{stage}'.</source>
            <translation>O negócio “{title}” já está na etapa “{stage}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="262" />
            <source>Deal '{title}' is already won.</source>
            <translation>O negócio “{title}” já está ganho.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="263" />
            <source>Deal '{title}' is already lost.</source>
            <translation>O negócio “{title}” já está perdido.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="264" />
            <source>Deal '{title}' is already archived.</source>
            <translation>O negócio “{title}” já está arquivado.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="344" />
            <source>Say why the deal was lost.</source>
            <translation>Diga por que o negócio foi perdido.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/moves.py" line="394" />
            <source>Deal '{title}' is already open.</source>
            <translation>O negócio “{title}” já está aberto.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/undo.py" line="44" />
            <source>Deal '{title}' has changed since; it cannot be undone.</source>
            <translation>O negócio “{title}” mudou desde então; não é possível desfazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/undo.py" line="87" />
            <source>Deal '{title}' has changed since; it cannot be redone.</source>
            <translation>O negócio “{title}” mudou desde então; não é possível refazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="43" />
            <source>A note cannot be empty.</source>
            <translation>A anotação não pode ficar vazia.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="46" />
            <source>A note is at most {max_body} characters.</source>
            <translation>A anotação tem no máximo {max_body} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="51" />
            <source>A note belongs to a deal or a client; choose one.</source>
            <translation>A anotação pertence a um negócio ou a um cliente; escolha um.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/notes.py" line="74" />
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
            <location filename="../../funnel/pipeline/parking.py" line="51" />
            <source>Deal '{title}' is won; only an open deal is parked.</source>
            <translation>O negócio “{title}” está ganho; só um negócio aberto pode ser adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="54" />
            <source>Deal '{title}' is lost; only an open deal is parked.</source>
            <translation>O negócio “{title}” está perdido; só um negócio aberto pode ser adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="57" />
            <source>Deal '{title}' is archived; only an open deal is parked.</source>
            <translation>O negócio “{title}” está arquivado; só um negócio aberto pode ser adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="78" />
            <source>Pipeline {future_pipeline_id} is not a future-sales pipeline.</source>
            <translation>O funil {future_pipeline_id} não é um funil de vendas futuras.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="84" />
            <source>There is no future-sales pipeline to park deals in.</source>
            <translation>Não existe funil de vendas futuras para adiar negócios.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="88" />
            <source>Pipeline '{pipeline}' has no stage to park deals in.</source>
            <translation>O funil “{pipeline}” não tem etapa para adiar negócios.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="97" />
            <source>Say when to call back: in a number of months or on a date (one of the two).</source>
            <translation>Diga quando retornar: em alguns meses ou numa data (um dos dois).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="109" />
            <source>Park for 1 to {max_park_months} months (got {months}).</source>
            <translation>Adie por 1 a {max_park_months} meses (recebido: {months}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="120" />
            <source>The return date {until} is not after today ({today}); choose a later date.</source>
            <translation>A data de volta {until} não é posterior a hoje ({today}); escolha uma data mais adiante.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="153" />
            <source>Deal '{title}' is already parked until {return_on}.</source>
            <translation>O negócio “{title}” já está adiado até {return_on}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parked.py" line="142" />
            <location filename="../../funnel/pipeline/parking.py" line="240" />
            <source>Deal '{title}' is not parked.</source>
            <translation>O negócio “{title}” não está adiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="251" />
            <source>'{stage}' is a future-sales stage; choose a stage of a sales pipeline.</source>
            <translation>“{stage}” é uma etapa de vendas futuras; escolha uma etapa de um funil de vendas.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/parking.py" line="277" />
            <source>There is no sales pipeline to bring the deal back to.</source>
            <translation>Não existe funil de vendas para onde trazer o negócio de volta.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="131" />
            <location filename="../../funnel/pipeline/pipelines.py" line="123" />
            <source>A pipeline needs a name.</source>
            <translation>O funil precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="134" />
            <source>Pipeline '{pipeline}' needs at least one stage.</source>
            <translation>O funil “{pipeline}” precisa de pelo menos uma etapa.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="142" />
            <source>Every stage of '{pipeline}' needs a name.</source>
            <translation>Toda etapa de “{pipeline}” precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="147" />
            <source>Pipeline '{pipeline}' has two stages named '{name}'.</source>
            <translation>O funil “{pipeline}” tem duas etapas chamadas “{name}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="157" />
            <source>Stage '{stage}' cannot be both kept and removed.</source>
            <translation>A etapa “{stage}” não pode ser mantida e removida ao mesmo tempo.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/edits.py" line="162" />
            <source>The deals of removed stage '{stage}' must go to a stage that stays.</source>
            <translation>Os negócios da etapa removida “{stage}” precisam ir para uma etapa que fica.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="63" />
            <source>There is no pipeline with id {pipeline_id}.</source>
            <translation>Não existe funil com id {pipeline_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="87" />
            <source>There is no pipeline named '{name}'. Pipelines: {names}.</source>
            <translation>Não existe funil chamado “{name}”. Funis: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="99" />
            <source>Pipeline '{pipeline}' has no stage named '{name}'. Stages: {names}.</source>
            <translation>O funil “{pipeline}” não tem etapa chamada “{name}”. Etapas: {names}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="115" />
            <source>There is no future pipeline.</source>
            <translation>Não existe funil de vendas futuras.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="116" />
            <source>There is no sales pipeline.</source>
            <translation>Não existe funil de vendas.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="124" />
            <source>A pipeline name is at most 200 characters.</source>
            <translation>O nome do funil tem no máximo 200 caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="127" />
            <source>A stage needs a name.</source>
            <translation>A etapa precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="128" />
            <source>A stage name is at most 200 characters.</source>
            <translation>O nome da etapa tem no máximo 200 caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="148" />
            <source>Days before a deal stalls must be a whole number of at least 1 (got {rot_days}).</source>
            <translation>Os dias até um negócio ficar parado devem ser um número inteiro, no mínimo 1 (recebido: {rot_days}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="160" />
            <source>Probability must be between 0 and 100 (got {probability}).</source>
            <translation>A probabilidade deve estar entre 0 e 100 (recebido: {probability}).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="178" />
            <source>A pipeline kind is 'sales' or 'future' (got '{kind}').</source>
            <translation>O tipo de funil é “sales” ou “future” (recebido: “{kind}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="183" />
            <location filename="../../funnel/pipeline/pipelines.py" line="204" />
            <source>A pipeline named '{name}' already exists.</source>
            <translation>Já existe um funil chamado “{name}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="218" />
            <source>This pipeline already has a stage named '{name}'.</source>
            <translation>Este funil já tem uma etapa chamada “{name}”.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="283" />
            <source>The new order must list every stage of the pipeline once.</source>
            <translation>A nova ordem deve listar cada etapa do funil uma única vez.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="307" />
            <source>'{stage}' is the only stage of '{pipeline}'; keep one.</source>
            <translation>“{stage}” é a única etapa de “{pipeline}”; mantenha pelo menos uma.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="315" />
            <source>Stage '{stage}' holds {count} deal(s); choose a stage to move them to.</source>
            <translation>A etapa “{stage}” tem {count} negócio(s); escolha uma etapa para movê-los.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/pipelines.py" line="324" />
            <source>Deals cannot be moved to the stage being removed.</source>
            <translation>Os negócios não podem ir para a etapa que está sendo removida.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="53" />
            <source>A recurrence rule is at most {max_rule_length} characters.</source>
            <translation>A regra de recorrência tem no máximo {max_rule_length} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="60" />
            <source>'{shown}' is not a single recurrence rule; write only the RRULE part, such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>“{shown}” não é uma única regra de recorrência; escreva só a parte RRULE, como FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="69" />
            <source>'{shown}' is not a recurrence rule: it needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY), such as FREQ=WEEKLY;BYDAY=MO.</source>
            <translation>“{shown}” não é uma regra de recorrência: falta FREQ (DAILY, WEEKLY, MONTHLY ou YEARLY), como FREQ=WEEKLY;BYDAY=MO.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="82" />
            <source>'{shown}' is not a valid recurrence rule (RFC 5545 RRULE, such as FREQ=WEEKLY;BYDAY=MO): {detail}.</source>
            <translation>“{shown}” não é uma regra de recorrência válida (RRULE RFC 5545, como FREQ=WEEKLY;BYDAY=MO): {detail}.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="92" />
            <source>'{shown}' repeats more often than daily; a follow-up repeats daily, weekly, monthly or yearly.</source>
            <translation>“{shown}” se repete mais de uma vez por dia; uma atividade se repete diária, semanal, mensal ou anualmente.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="104" />
            <source>'{shown}' never falls on a date in the five years from {start}.</source>
            <translation>“{shown}” não cai em nenhuma data nos cinco anos a partir de {start}.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="118" />
            <source>'{shown}' is not a valid recurrence rule: BYMONTH must be 1 to 12 (got {value}).</source>
            <translation>“{shown}” não é uma regra de recorrência válida: BYMONTH deve ser de 1 a 12 (recebido: {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="134" />
            <source>'{shown}' is not a valid recurrence rule: {name} must be 1 to {high} (or -1 to -{high} from the end; got {value}).</source>
            <translation>“{shown}” não é uma regra de recorrência válida: {name} deve ser de 1 a {high} (ou de -1 a -{high} a partir do fim; recebido: {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="166" />
            <source>A weekday is 0 (Monday) to 6 (Sunday) (got {weekday}).</source>
            <translation>O dia da semana vai de 0 (segunda) a 6 (domingo) (recebido: {weekday}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="179" />
            <source>A day of the month is 1 to 31 (got {day}).</source>
            <translation>O dia do mês vai de 1 a 31 (recebido: {day}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/recurrence.py" line="193" />
            <source>{day}/{month} is not a day of the year.</source>
            <translation>{day}/{month} não é um dia do ano.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="66" />
            <source>Snooze to one of {names} (got '{choice}').</source>
            <translation>Adie para um de: {names} (recebido: “{choice}”).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="99" />
            <source>Activity '{subject}' is already done; there is nothing to snooze.</source>
            <translation>A atividade “{subject}” já foi concluída; não há o que adiar.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="108" />
            <source>Snooze to a local time, without a time zone.</source>
            <translation>Adie para um horário local, sem fuso horário.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="112" />
            <source>Snooze to a moment later than now ({now_local}); {until} has passed.</source>
            <translation>Adie para um momento depois de agora ({now_local}); {until} já passou.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="122" />
            <source>Snooze to today or a later day; {until} has passed.</source>
            <translation>Adie para hoje ou um dia posterior; {until} já passou.</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/snooze.py" line="133" />
            <source>Snoozing moves a follow-up later, and '{subject}' is already due {due}; edit it to bring it forward.</source>
            <translation>Adiar só move um acompanhamento para depois, e “{subject}” já vence em {due}; edite-o para antecipá-lo.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaign_export.py" line="106" />
            <source>Export to .csv, .xlsx or .vcf (got '{name}').</source>
            <translation>Exporte para .csv, .xlsx ou .vcf (recebido '{name}').</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaign_export.py" line="142" />
            <source>None of these clients has an e-mail.</source>
            <translation>Nenhum destes clientes tem e-mail.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/campaign_export.py" line="145" />
            <source>mailto: takes at most {max} addresses; export a file for {count}.</source>
            <translation>mailto: aceita no máximo {max} endereços; exporte um arquivo para {count}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_sets.py" line="60" />
            <source>A client set is one of {kinds}; this one is not understood: {definition}.</source>
            <translation>Um grupo de clientes é um de {kinds}; este não foi entendido: {definition}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/client_sets.py" line="166" />
            <source>This list can be sorted by {choices} (got '{sort_key}').</source>
            <translation>Esta lista pode ser ordenada por {choices} (recebido '{sort_key}').</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/edits.py" line="53" />
            <source>Client '{name}' has changed since; it cannot be undone.</source>
            <translation>O cliente '{name}' mudou desde então; não é possível desfazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/edits.py" line="63" />
            <source>Client '{name}' has changed since; it cannot be redone.</source>
            <translation>O cliente '{name}' mudou desde então; não é possível refazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/pareto.py" line="50" />
            <source>ABC limits are two percentages, the first below the second (got {value}).</source>
            <translation>Os limites ABC são dois percentuais, o primeiro menor que o segundo (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/pareto.py" line="150" />
            <source>The period starts on {start}, after its end {end}.</source>
            <translation>O período começa em {start}, depois do seu fim {end}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/pareto.py" line="214" />
            <source>An ABC class is A, B or C (got '{cls}').</source>
            <translation>Uma classe ABC é A, B ou C (recebido '{cls}').</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="64" />
            <source>A matrix cell is one of {cells} (got '{cell}').</source>
            <translation>Uma célula da matriz é uma de {cells} (recebido '{cell}').</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="100" />
            <source>The {what} limits are two growing whole numbers from {low} (got {value}).</source>
            <translation>Os limites de {what} são dois números inteiros crescentes a partir de {low} (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="129" />
            <source>The active-clients target is a percentage from 0 to 100 (got {value}).</source>
            <translation>A meta de clientes ativos é um percentual de 0 a 100 (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="140" />
            <source>A cell name is at most 60 characters ('{name}').</source>
            <translation>O nome de uma célula tem no máximo 60 caracteres ('{name}').</translation>
        </message>
        <message>
            <location filename="../../funnel/demo/demo_file.py" line="45" />
            <source>{path} already holds deals and is not a demo file; it is left alone.</source>
            <translation>{path} já tem negócios e não é um arquivo de demonstração; ele não foi alterado.</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="67" />
            <source>Export formats are csv and xlsx (got '{format}').</source>
            <translation>Os formatos de exportação são csv e xlsx (recebido '{format}').</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="88" />
            <source>Export encodings are {choices} (got '{encoding}').</source>
            <translation>As codificações de exportação são {choices} (recebido '{encoding}').</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="104" />
            <source>Row {row} has '{text}', which {encoding} cannot hold; export as UTF-8 instead.</source>
            <translation>A linha {row} tem '{text}', que {encoding} não comporta; exporte em UTF-8.</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/files.py" line="116" />
            <location filename="../../funnel/exports/files.py" line="163" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Não foi possível gravar {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../funnel/exports/tables.py" line="151" />
            <source>Funnel exports {choices} (got '{kind}').</source>
            <translation>O Funnel exporta {choices} (recebido '{kind}').</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/bounds.py" line="48" />
            <source>The due date {day} is outside the years Funnel handles ({first}–{last}).</source>
            <translation>O prazo {day} está fora dos anos com que o Funnel trabalha ({first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/bounds.py" line="51" />
            <source>The return date {day} is outside the years Funnel handles ({first}–{last}).</source>
            <translation>A data de retorno {day} está fora dos anos com que o Funnel trabalha ({first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/bounds.py" line="72" />
            <source>'{shown}' is not a valid recurrence rule: {name} must be {low} to {high} (got {value}).</source>
            <translation>“{shown}” não é uma regra de recorrência válida: {name} deve ser de {low} a {high} (veio {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/clients.py" line="103" />
            <source>'{field}' is not a field clients are imported into. Fields: {fields}.</source>
            <translation>'{field}' não é um campo de importação de clientes. Campos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/clients.py" line="112" />
            <source>Choose the columns of {name} that hold the client's name, phone or e-mail.</source>
            <translation>Escolha as colunas de {name} com o nome, o telefone ou o e-mail do cliente.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/bad_rows.py" line="15" />
            <source>{count} row(s) of {file} cannot be imported; nothing was written. Fix them or skip the bad rows.</source>
            <translation>{count} linha(s) de {file} não podem ser importadas; nada foi gravado. Corrija-as ou ignore as linhas com erro.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/clients.py" line="282" />
            <source>{file} has no clients to import.</source>
            <translation>{file} não tem clientes para importar.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/currency.py" line="45" />
            <source>The file has no currency column and no home currency is set: say which currency its amounts are in (for example --currency RUB).</source>
            <translation>O arquivo não tem coluna de moeda e a moeda principal não está definida: informe a moeda dos valores (por exemplo --currency RUB).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="138" />
            <source>'{field}' is not a field purchases are imported from. Fields: {fields}.</source>
            <translation>'{field}' não é um campo de importação de compras. Campos: {fields}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="147" />
            <source>Choose the column of {name} that says who bought: a customer id, name, phone or e-mail (for example --map client=CustomerID).</source>
            <translation>Escolha a coluna de {name} que diz quem comprou: ID do cliente, nome, telefone ou e-mail (por exemplo --map client=CustomerID).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="156" />
            <source>Choose the column of {name} that holds the date (--map date=COLUMN).</source>
            <translation>Escolha a coluna de {name} com a data (--map date=COLUNA).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="163" />
            <source>Choose the column of {name} with the amount, or both quantity and price.</source>
            <translation>Escolha a coluna de {name} com o valor, ou a de quantidade e a de preço.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/purchases.py" line="390" />
            <source>{file} has no new purchases to import.</source>
            <translation>{file} não tem compras novas para importar.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="172" />
            <source>{name} line {line}: END:VCARD without a BEGIN:VCARD.</source>
            <translation>{name}, linha {line}: END:VCARD sem BEGIN:VCARD.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="193" />
            <source>{name} line {line}: this card has no END:VCARD; the file is cut or damaged. Nothing was imported.</source>
            <translation>{name}, linha {line}: este cartão não tem END:VCARD; o arquivo está cortado ou danificado. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="265" />
            <source>Cannot read {path}: {reason}.</source>
            <translation>Não foi possível ler {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/vcard.py" line="273" />
            <source>{name} holds no contact cards (BEGIN:VCARD).</source>
            <translation>{name} não contém cartões de contato (BEGIN:VCARD).</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="54" />
            <source>There is no file {path}.</source>
            <translation>O arquivo {path} não existe.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="58" />
            <source>{name} is not an Excel workbook: it holds plain text (perhaps a CSV file renamed). Save it as .xlsx, or rename it to .csv.</source>
            <translation>{name} não é uma pasta de trabalho do Excel: contém texto simples (talvez um CSV renomeado). Salve-o como .xlsx ou renomeie-o para .csv.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="69" />
            <source>{name} cannot be read as a workbook: {reason}.</source>
            <translation>{name} não pode ser lido como pasta de trabalho: {reason}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="83" />
            <source>{name} has no sheets.</source>
            <translation>{name} não tem planilhas.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="90" />
            <source>{name} has no sheet '{sheet}'. Its sheets are: {sheets}.</source>
            <translation>{name} não tem a planilha '{sheet}'. Suas planilhas são: {sheets}.</translation>
        </message>
        <message>
            <location filename="../../funnel/imports/xlsx.py" line="127" />
            <source>{where} is empty: there is no header row.</source>
            <translation>{where} está vazio: não há linha de cabeçalho.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/templates.py" line="117" />
            <source>There is no funnel template '{key}'.</source>
            <translation>Não existe o modelo de funil '{key}'.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/templates.py" line="138" />
            <source>{file} has no stage column that Funnel recognises. Its columns: {columns}.</source>
            <translation>{file} não tem uma coluna de etapa que o Funnel reconheça. Colunas: {columns}.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/templates.py" line="163" />
            <source>{file} has no open deal with a stage to learn from.</source>
            <translation>{file} não tem negócio aberto com etapa de onde aprender.</translation>
        </message>
        <message>
            <location filename="../../funnel/reports/period.py" line="47" />
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>O período termina em {end}, antes de começar em {start}.</translation>
        </message>
        <message>
            <location filename="../../funnel/reports/period.py" line="55" />
            <source>A report covers at most three years (asked: {start} to {end}).</source>
            <translation>Um relatório cobre no máximo três anos (pedido: de {start} a {end}).</translation>
        </message>
        <message>
            <location filename="../../funnel/store/db.py" line="112" />
            <source>{path} holds no Funnel data (it may be an unfinished copy or backup); it was left untouched.</source>
            <translation>{path} não contém dados do Funnel (pode ser uma cópia ou backup inacabado); o arquivo não foi alterado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/db.py" line="224" />
            <source>There is no Funnel database at {path}.</source>
            <translation>Não há banco de dados do Funnel em {path}.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/db.py" line="236" />
            <source>{path} was made by an older Funnel and must be upgraded, but it is read-only.</source>
            <translation>{path} foi criado por um Funnel mais antigo e precisa ser atualizado, mas é somente leitura.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/paths.py" line="38" />
            <source>'{url}' is not a plain SQLite file URL; write sqlite:///PATH or just the path.</source>
            <translation>“{url}” não é um endereço simples de arquivo SQLite; escreva sqlite:///CAMINHO ou só o caminho.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/paths.py" line="74" />
            <source>Funnel cannot open '{scheme}://' databases; give the path of a Funnel file or a postgresql:// team server address.</source>
            <translation>O Funnel não abre bancos '{scheme}://'; informe o caminho de um arquivo do Funnel ou um endereço de servidor de equipe postgresql://.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="106" />
            <source>A name can be at most {limit} characters long.</source>
            <translation>Um nome pode ter no máximo {limit} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="112" />
            <source>'{value}' is not a currency code: use three letters such as RUB or USD.</source>
            <translation>'{value}' não é um código de moeda: use três letras, como BRL ou USD.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="120" />
            <source>'{value}' is not a region code: use two letters such as RU or BR.</source>
            <translation>'{value}' não é um código de país: use duas letras, como BR ou RU.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/profile.py" line="139" />
            <source>Another salesperson is already named '{name}'.</source>
            <translation>Outro vendedor já se chama '{name}'.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/sqlite.py" line="38" />
            <source>The disk is full: nothing was written.</source>
            <translation>O disco está cheio: nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/sqlite.py" line="39" />
            <source>Another program is writing to {path}; nothing was written. Try again in a moment.</source>
            <translation>Outro programa está gravando em {path}; nada foi gravado. Tente de novo daqui a pouco.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/sqlite.py" line="43" />
            <source>{path} is read-only: it can be looked at, but nothing can be changed.</source>
            <translation>{path} é somente leitura: dá para consultar, mas nada pode ser alterado.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="143" />
            <source>Client {client_id} was already merged into client {target_id}.</source>
            <translation>O cliente {client_id} já foi mesclado ao cliente {target_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="154" />
            <source>Name at least one client to merge.</source>
            <translation>Indique ao menos um cliente para mesclar.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="157" />
            <source>Client {client_id} cannot be merged into itself.</source>
            <translation>O cliente {client_id} não pode ser mesclado com ele mesmo.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="161" />
            <source>A client is named twice.</source>
            <translation>Um cliente foi indicado duas vezes.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="165" />
            <source>'{field}' is not a client field a merge can choose ({fields}).</source>
            <translation>'{field}' não é um campo do cliente que a mesclagem possa escolher ({fields}).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="173" />
            <source>The value of '{field}' must come from one of the merged clients.</source>
            <translation>O valor de '{field}' deve vir de um dos clientes mesclados.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="313" />
            <source>There is no merge {merge_id} to undo.</source>
            <translation>Não há mesclagem {merge_id} para desfazer.</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/merge.py" line="328" />
            <source>Merge {merge_id} cannot be undone before the merges made after it.</source>
            <translation>A mesclagem {merge_id} não pode ser desfeita antes das feitas depois dela.</translation>
        </message>
        <message>
            <location filename="../../funnel/currencies.py" line="33" />
            <source>'{value}' is not a currency code: use three letters such as EUR, RUB or BRL.</source>
            <translation>'{value}' não é um código de moeda: use três letras, como EUR, RUB ou BRL.</translation>
        </message>
        <message>
            <location filename="../../funnel/currencies.py" line="41" />
            <source>'{value}' is not a known currency (ISO 4217 codes such as EUR, RUB, BRL).</source>
            <translation>'{value}' não é uma moeda conhecida (códigos ISO 4217, como EUR, RUB, BRL).</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/control_group.py" line="33" />
            <source>The held-out share is 0 to {max} per cent of the clients (got {value}).</source>
            <translation>O grupo de controle é de 0 a {max} por cento dos clientes (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../../funnel/followups/cancelling.py" line="42" />
            <source>Follow-ups are either 'cancel' or 'keep' (got '{value}').</source>
            <translation>Os acompanhamentos são 'cancel' ou 'keep' (recebido '{value}').</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="106" />
            <source>Reason {line} is empty; type a reason or remove the line.</source>
            <translation>O motivo {line} está vazio; digite um motivo ou remova a linha.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="113" />
            <source>Reason {line} is longer than {limit} characters.</source>
            <translation>O motivo {line} tem mais de {limit} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="131" />
            <source>Reasons {first} and {second} are the same: '{text}'.</source>
            <translation>Os motivos {first} e {second} são iguais: '{text}'.</translation>
        </message>
        <message>
            <location filename="../../funnel/pipeline/reasons.py" line="154" />
            <source>Reason {line} was removed meanwhile; reopen the list.</source>
            <translation>O motivo {line} foi removido enquanto isso; reabra a lista.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="105" />
            <source>'{value}' is not a rate: write a number such as 5.45.</source>
            <translation>'{value}' não é uma taxa: escreva um número como 5,45.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="110" />
            <source>A rate must be more than zero (got '{value}').</source>
            <translation>A taxa deve ser maior que zero (recebido '{value}').</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="116" />
            <source>'{value}' is out of range: a rate is below one billion, with at most {places} decimal places.</source>
            <translation>'{value}' está fora do intervalo: a taxa é menor que um bilhão, com no máximo {places} casas decimais.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="140" />
            <source>{currency} is the home currency: totals are counted in it, it needs no rate.</source>
            <translation>{currency} é a moeda principal: os totais são contados nela, não precisa de taxa.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="207" />
            <source>There is no rate for {currency}.</source>
            <translation>Não há taxa para {currency}.</translation>
        </message>
        <message>
            <location filename="../../funnel/rates.py" line="210" />
            <source>There is no rate for {currency} on {day}.</source>
            <translation>Não há taxa para {currency} em {day}.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="24" />
            <source>{what} was changed by {who} a moment ago; nothing was written. Reload?</source>
            <translation>{what} acabou de ser alterado por {who}; nada foi gravado. Recarregar?</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="27" />
            <source>{what} was changed elsewhere a moment ago; nothing was written. Reload?</source>
            <translation>{what} acabou de ser alterado em outro lugar; nada foi gravado. Recarregar?</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="30" />
            <source>{what} belongs to {who}; only they or a manager can change it.</source>
            <translation>{what} pertence a {who}; só essa pessoa ou um gerente pode alterá-lo.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/conflicts.py" line="33" />
            <source>{what} belongs to someone else; only they or a manager can change it.</source>
            <translation>{what} pertence a outra pessoa; só ela ou um gerente pode alterá-lo.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/copy_to.py" line="42" />
            <source>The team database {path} already holds data ({table}: {count} rows); copy-to only fills an empty one, so nothing was copied.</source>
            <translation>O banco da equipe {path} já tem dados ({table}: {count} linhas); o copy-to só preenche um banco vazio, então nada foi copiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/copy_to.py" line="47" />
            <source>The copy did not match the file ({what}); nothing was copied.</source>
            <translation>A cópia não conferiu com o arquivo ({what}); nada foi copiado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="34" />
            <source>{path} can be looked at, but nothing can be changed.</source>
            <translation>{path} pode ser consultado, mas nada pode ser alterado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="35" />
            <source>The team server {path} cannot be reached; nothing was written. ({why})</source>
            <translation>Não foi possível acessar o servidor da equipe {path}; nada foi gravado. ({why})</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="38" />
            <source>The team server {path} refused the user name or password.</source>
            <translation>O servidor da equipe {path} recusou o usuário ou a senha.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="41" />
            <source>Your role on {path} does not allow this; nothing was written.</source>
            <translation>Seu papel em {path} não permite isto; nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="44" />
            <source>Your role on {path} does not allow this change to {table}; nothing was written.</source>
            <translation>Sua função em {path} não permite esta alteração em {table}; nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="48" />
            <source>{table}: the record would belong to someone else, which your role does not allow; nothing was written.</source>
            <translation>{table}: o registro pertenceria a outra pessoa, o que sua função não permite; nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="53" />
            <source>Someone else changed the same records at the same moment; nothing was written. Try again.</source>
            <translation>Outra pessoa alterou os mesmos registros no mesmo instante; nada foi gravado. Tente de novo.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="57" />
            <source>There is no database {database} on the team server {path}; ask its administrator to create it, then run 'funnel team init'.</source>
            <translation>Não há banco {database} no servidor da equipe {path}; peça ao administrador que o crie e depois execute 'funnel team init'.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/postgres.py" line="62" />
            <source>The team server's disk is full: nothing was written.</source>
            <translation>O disco do servidor da equipe está cheio: nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_address.py" line="57" />
            <source>'{url}' is not a team server address: {why}.</source>
            <translation>'{url}' não é um endereço de servidor de equipe: {why}.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="34" />
            <source>The database {path} has no Funnel data yet; run 'funnel team init {path}' as its owner, or connect as a manager to set it up.</source>
            <translation>O banco {path} ainda não tem dados do Funnel; execute 'funnel team init {path}' como dono dele ou conecte-se como gerente para prepará-lo.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="39" />
            <source>The database {path} holds another program's tables, not Funnel's; it was left untouched.</source>
            <translation>O banco {path} tem tabelas de outro programa, não do Funnel; ele não foi alterado.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="43" />
            <source>{path} was set up by a newer version of Funnel (schema {revision}); update Funnel to open it.</source>
            <translation>{path} foi criado por uma versão mais nova do Funnel (esquema {revision}); atualize o Funnel para abri-lo.</translation>
        </message>
        <message>
            <location filename="../../funnel/store/server_db.py" line="48" />
            <source>{path} was set up by an earlier version of Funnel (schema {revision}) and must be upgraded by the login that owns its tables (the one that ran 'funnel team init'): ask them to open it once with this version, then connect again. Nothing was changed.</source>
            <translation>{path} foi criado por uma versão anterior do Funnel (esquema {revision}) e só pode ser atualizado pelo login dono das tabelas (quem executou 'funnel team init'): peça que abra o banco uma vez com esta versão e conecte-se de novo. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="30" />
            <source>team commands need a team server address (postgresql://…).</source>
            <translation>os comandos team precisam do endereço de um servidor da equipe (postgresql://…).</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="33" />
            <source>Only a manager may add team members.</source>
            <translation>Só um gerente pode adicionar membros da equipe.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="34" />
            <source>Only a manager may disable team members.</source>
            <translation>Só um gerente pode desativar membros da equipe.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="35" />
            <source>'{login}' cannot be a login: use 1 to 63 lower-case Latin letters, digits, '_', '.' or '-', starting with a letter.</source>
            <translation>'{login}' não pode ser um login: use de 1 a 63 letras latinas minúsculas, dígitos, '_', '.' ou '-', começando com uma letra.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="40" />
            <source>The login '{login}' already exists on this server; nothing was changed.</source>
            <translation>O login '{login}' já existe neste servidor; nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="43" />
            <source>There is no team member with the login '{login}'.</source>
            <translation>Não há membro da equipe com o login '{login}'.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="44" />
            <source>There is no owner named '{name}'.</source>
            <translation>Não há responsável chamado '{name}'.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="45" />
            <source>The owner '{name}' already signs in as '{login}'.</source>
            <translation>O responsável '{name}' já entra como '{login}'.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="46" />
            <source>A role is 'salesperson' or 'manager', not '{role}'.</source>
            <translation>A função é 'salesperson' ou 'manager', não '{role}'.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="47" />
            <source>A password needs at least {count} characters.</source>
            <translation>A senha precisa de pelo menos {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="48" />
            <source>A team member needs a name.</source>
            <translation>Um membro da equipe precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="49" />
            <source>There is already an owner named '{name}'; pass it as the owner to link it.</source>
            <translation>Já existe um responsável chamado '{name}'; informe-o como responsável para vinculá-lo.</translation>
        </message>
        <message>
            <location filename="../../funnel/team/users.py" line="52" />
            <source>You cannot disable your own login.</source>
            <translation>Você não pode desativar o seu próprio login.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/handover.py" line="154" />
            <location filename="../../funnel/deals/handover_server.py" line="35" />
            <source>There is no active owner with id {owner_id}.</source>
            <translation>Não há responsável ativo com id {owner_id}.</translation>
        </message>
        <message>
            <location filename="../../funnel/deals/handover_server.py" line="31" />
            <source>{who} now owns {what}; ask them or a manager to hand it back.</source>
            <translation>{what} agora pertence a {who}; peça a essa pessoa ou a um gerente que o devolva.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/exports/dialog.py" line="52" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="55" />
            <source>Clients (the list as filtered)</source>
            <translation>Clientes (a lista com seus filtros)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="56" />
            <source>Deals (the list as filtered)</source>
            <translation>Negócios (a lista com seus filtros)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="57" />
            <source>Purchases of the listed clients</source>
            <translation>Compras dos clientes da lista</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="61" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Pasta de trabalho do Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="62" />
            <source>CSV, UTF-8 (opens right in Excel)</source>
            <translation>CSV, UTF-8 (abre certo no Excel)</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="63" />
            <source>CSV, Windows-1251</source>
            <translation>CSV, Windows-1251</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="66" />
            <source>Cells that begin like a formula (=, +, -, @) are written as text, so no spreadsheet runs them.</source>
            <translation>Células que começam como fórmula (=, +, -, @) são gravadas como texto, para que nenhuma planilha as execute.</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="82" />
            <source>Export:</source>
            <translation>Exportar:</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="83" />
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="103" />
            <source>Export to</source>
            <translation>Exportar para</translation>
        </message>
        <message>
            <location filename="../../ui/exports/dialog.py" line="120" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exports/dialog.py" line="131" />
            <source>%n row(s) written to %1.</source>
            <translation>
                <numerusform>%n linha gravada em %1.</numerusform>
                <numerusform>%n linhas gravadas em %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="106" />
            <location filename="../../ui/imports/pages.py" line="161" />
            <source>Choose a CSV file</source>
            <translation>Escolha um arquivo CSV</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="109" />
            <source>Export your deals from Excel, amoCRM, Kommo, Pipedrive or another CRM as CSV, then choose the file here.</source>
            <translation>Exporte seus negócios do Excel, amoCRM, Kommo, Pipedrive ou outro CRM em CSV e escolha o arquivo aqui.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="115" />
            <source>Path to a .csv file</source>
            <translation>Caminho de um arquivo .csv</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="116" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="122" />
            <source>Comma ( , )</source>
            <translation>Vírgula ( , )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="123" />
            <source>Semicolon ( ; )</source>
            <translation>Ponto e vírgula ( ; )</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="124" />
            <source>Tab</source>
            <translation>Tabulação</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="134" />
            <source>File:</source>
            <translation>Arquivo:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="135" />
            <source>Encoding:</source>
            <translation>Codificação:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="136" />
            <source>Delimiter:</source>
            <translation>Separador:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="163" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="183" />
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
        <name>FirstStart</name>
        <message>
            <location filename="../../ui/firststart/badge.py" line="16" />
            <source>Demo data</source>
            <translation>Dados de demonstração</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/badge.py" line="20" />
            <source>This is a separate file of made-up deals to explore. Your own file is untouched: open it again from File › Open recent.</source>
            <translation>Este é um arquivo separado de negócios fictícios para explorar. Seu arquivo não foi alterado: abra-o de novo em Arquivo › Abrir recente.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartAssistant</name>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="120" />
            <source>Getting started</source>
            <translation>Primeiros passos</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="121" />
            <source>Welcome to Funnel</source>
            <translation>Boas-vindas ao Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="122" />
            <source>Skip this step</source>
            <translation>Pular esta etapa</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="123" />
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="131" />
            <source>About you</source>
            <translation>Sobre você</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="131" />
            <source>Your funnel</source>
            <translation>Seu funil</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="131" />
            <source>Your data</source>
            <translation>Seus dados</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="133" />
            <source>Step %1 of %2: %3</source>
            <translation>Etapa %1 de %2: %3</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="139" />
            <source>Finish</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="139" />
            <source>Next</source>
            <translation>Avançar</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/assistant.py" line="140" />
            <source>Start empty</source>
            <translation>Começar do zero</translation>
        </message>
    </context>
    <context>
        <name>FollowupSettings</name>
        <message>
            <location filename="../../ui/settings/followups.py" line="46" />
            <source>Follow-ups and reminders</source>
            <translation>Atividades e lembretes</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="61" />
            <source>When a follow-up that has a date but no time is reminded of</source>
            <translation>Quando lembrar de uma atividade com data, mas sem horário</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="64" />
            <source>Closing the window keeps Funnel running in the tray</source>
            <translation>Fechar a janela mantém o Funnel rodando na bandeja</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="68" />
            <source>This desktop shows no tray icons.</source>
            <translation>Esta área de trabalho não mostra ícones na bandeja.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="69" />
            <source>Start Funnel at login, in the tray</source>
            <translation>Iniciar o Funnel ao entrar no sistema, na bandeja</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="74" />
            <source>Hand follow-ups overdue by more than</source>
            <translation>Repassar se atrasar mais de</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="79" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="95" />
            <source>to</source>
            <translation>para</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="98" />
            <source>Both the owner and the backup are told. Off unless checked.</source>
            <translation>O responsável e o substituto são avisados. Desligado se não estiver marcado.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/followups.py" line="103" />
            <source>Remind of date-only follow-ups at</source>
            <translation>Lembrar de atividades sem horário às</translation>
        </message>
    </context>
    <context>
        <name>Followups</name>
        <message>
            <location filename="../../ui/followups/dialogs.py" line="51" />
            <source>d MMMM</source>
            <comment>day and month: 23 November</comment>
            <translation>d 'de' MMMM</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="19" />
            <source>Call</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="20" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="21" />
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="22" />
            <source>Task</source>
            <translation>Tarefa</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="29" />
            <source>d MMM yyyy</source>
            <comment>a date as QDate patterns write it: 23 Feb 2027</comment>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="38" />
            <source>ddd d MMM</source>
            <comment>weekday, day and month: Wed 25 Nov</comment>
            <translation>ddd, d 'de' MMM</translation>
        </message>
        <message>
            <location filename="../../ui/followups/format.py" line="42" />
            <source>ddd d MMM yyyy</source>
            <comment>weekday, day, month and year: Wed 25 Nov 2027</comment>
            <translation>ddd, d 'de' MMM 'de' yyyy</translation>
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
            <translation>ddd, d/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>FollowupsBox</name>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="20" />
            <source>Cancel its %n open follow-up(s) (the call-back is kept)</source>
            <translation>
                <numerusform>Cancelar %n tarefa em aberto (o retorno é mantido)</numerusform>
                <numerusform>Cancelar %n tarefas em aberto (o retorno é mantido)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="22" />
            <source>Cancel their %n open follow-up(s)</source>
            <translation>
                <numerusform>Cancelar a %n tarefa em aberto deles</numerusform>
                <numerusform>Cancelar as %n tarefas em aberto deles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/followups_box.py" line="24" />
            <source>Cancel its %n open follow-up(s)</source>
            <translation>
                <numerusform>Cancelar %n tarefa em aberto</numerusform>
                <numerusform>Cancelar %n tarefas em aberto</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/followups_box.py" line="27" />
            <source>Cancelled follow-ups leave Today and reminders; Undo brings them back.</source>
            <translation>Tarefas canceladas saem de Hoje e dos lembretes; Desfazer as traz de volta.</translation>
        </message>
    </context>
    <context>
        <name>FunnelStep</name>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="44" />
            <source>B2B services</source>
            <translation>Serviços B2B</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="45" />
            <source>Retail / shop</source>
            <translation>Varejo / loja</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="46" />
            <source>Real estate</source>
            <translation>Imóveis</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="47" />
            <source>Education / courses</source>
            <translation>Educação / cursos</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="48" />
            <source>The one I have in amoCRM / Pipedrive…</source>
            <translation>O que tenho no amoCRM / Pipedrive…</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="120" />
            <source>Pick the stages a deal goes through. Change names, stall days and probabilities right here, or later in Pipeline › Edit pipeline.</source>
            <translation>Escolha as etapas por que passa um negócio. Mude nomes, dias até parar e probabilidades aqui mesmo, ou depois em Funil › Editar funil.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="128" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="128" />
            <source>Stalled after, days</source>
            <translation>Parado após, dias</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="128" />
            <source>Probability, %</source>
            <translation>Probabilidade, %</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="133" />
            <source>A deal left longer in this stage is marked stalled; 0: never.</source>
            <translation>Um negócio que fica mais tempo nesta etapa é marcado como parado; 0: nunca.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="135" />
            <source>Add stage</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="136" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="137" />
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="138" />
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="141" />
            <source>A Future sales pipeline is always added too: clients who are not ready this month wait there with a day to call them back.</source>
            <translation>Um funil de Vendas futuras é sempre adicionado: clientes que não estão prontos este mês esperam lá com um dia para retornar a ligação.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="176" />
            <source>New stage</source>
            <translation>Nova etapa</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="212" />
            <source>Stage %1 needs a name.</source>
            <translation>A etapa %1 precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="216" />
            <source>Stage '%1': stall days must be 0 or more and the probability between 0 and 100.</source>
            <translation>Etapa '%1': os dias até parar devem ser 0 ou mais e a probabilidade entre 0 e 100.</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="243" />
            <source>The export of your deals from amoCRM, Kommo or Pipedrive</source>
            <translation>A exportação dos seus negócios do amoCRM, Kommo ou Pipedrive</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/funnel_step.py" line="245" />
            <source>Tables (*.csv *.txt);;All files (*)</source>
            <translation>Tabelas (*.csv *.txt);;Todos os arquivos (*)</translation>
        </message>
    </context>
    <context>
        <name>FutureBoard</name>
        <message>
            <location filename="../../ui/board/future.py" line="36" />
            <source>Return overdue</source>
            <translation>Retorno atrasado</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="37" />
            <source>This month</source>
            <translation>Este mês</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="38" />
            <source>Next month</source>
            <translation>Próximo mês</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="39" />
            <source>In 2–3 months</source>
            <translation>Em 2–3 meses</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="40" />
            <source>Later</source>
            <translation>Mais tarde</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="80" />
            <source>before %1</source>
            <translation>antes de %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="84" />
            <source>from %1</source>
            <translation>a partir de %1</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="87" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="100" />
            <source>Deals whose return date falls in this range</source>
            <translation>Negócios com data de retorno neste período</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="105" />
            <source>The return date has passed: bring these deals back or park them again</source>
            <translation>A data de retorno já passou: traga estes negócios de volta ou adie-os de novo</translation>
        </message>
        <message>
            <location filename="../../ui/board/future.py" line="125" />
            <source>%1 parked deals</source>
            <translation>Negócios adiados: %1</translation>
        </message>
    </context>
    <context>
        <name>FutureBuckets</name>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="103" />
            <source>%n return overdue</source>
            <translation>
                <numerusform>%n retorno atrasado</numerusform>
                <numerusform>%n retornos atrasados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/board/future.py" line="115" />
            <source>Parked deals: %Ln</source>
            <translation>
                <numerusform>Negócios adiados: %Ln</numerusform>
                <numerusform>Negócios adiados: %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandedNotices</name>
        <message>
            <location filename="../../ui/reminders/handed.py" line="20" />
            <source>%1 handed you “%2”</source>
            <translation>%1 repassou “%2” para você</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/handed.py" line="22" />
            <source>“%2” was handed to you</source>
            <translation>“%2” foi repassado para você</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/handed.py" line="25" />
            <source>%n open follow-up(s)</source>
            <translation>
                <numerusform>%n atividade em aberto</numerusform>
                <numerusform>%n atividades em aberto</numerusform>
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
                <numerusform>%n negócio repassado para você</numerusform>
                <numerusform>%n negócios repassados para você</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message numerus="yes">
            <location filename="../../ui/imports/wizard.py" line="203" />
            <source>Imported %n deal(s).</source>
            <translation>
                <numerusform>%n negócio importado.</numerusform>
                <numerusform>%n negócios importados.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="205" />
            <source>New clients: %1, new stages: %2, new pipelines: %3.</source>
            <translation>Novos clientes: %1, novas etapas: %2, novos funis: %3.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="23" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="28" />
            <source>Cancel import</source>
            <translation>Cancelar importação</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="43" />
            <location filename="../../ui/imports/import_page.py" line="64" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="51" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="58" />
            <source>Waiting for another program to finish writing to this file…</source>
            <translation>Aguardando outro programa terminar de gravar neste arquivo…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="71" />
            <source>The import was cancelled. Nothing was written.</source>
            <translation>A importação foi cancelada. Nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/import_page.py" line="78" />
            <source>The import failed: %1
Nothing was written.</source>
            <translation>A importação falhou: %1
Nada foi gravado.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="42" />
            <source>Deal title</source>
            <translation>Título do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="43" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="44" />
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="45" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="46" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="47" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="48" />
            <source>Pipeline</source>
            <translation>Funil</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="49" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="50" />
            <source>Created on</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="51" />
            <source>In stage since</source>
            <translation>Na etapa desde</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="52" />
            <source>Closed on</source>
            <translation>Fechado em</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="53" />
            <source>Status (won/lost)</source>
            <translation>Status (ganho/perdido)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="54" />
            <source>Client's phone</source>
            <translation>Telefone do cliente</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="55" />
            <source>Client's e-mail</source>
            <translation>E-mail do cliente</translation>
        </message>
        <message>
            <location filename="../../ui/imports/wizard.py" line="230" />
            <location filename="../../ui/imports/wizard.py" line="304" />
            <source>Import deals</source>
            <translation>Importar negócios</translation>
        </message>
    </context>
    <context>
        <name>KeyTour</name>
        <message>
            <location filename="../../ui/firststart/tour.py" line="18" />
            <source>Keys: &lt;b&gt;arrows&lt;/b&gt; walk the cards · &lt;b&gt;Enter&lt;/b&gt; opens one · &lt;b&gt;Alt+→ / Alt+←&lt;/b&gt; move it a stage · &lt;b&gt;Ctrl+N&lt;/b&gt; new deal</source>
            <translation>Teclas: &lt;b&gt;setas&lt;/b&gt; percorrem os cartões · &lt;b&gt;Enter&lt;/b&gt; abre um · &lt;b&gt;Alt+→ / Alt+←&lt;/b&gt; movem uma etapa · &lt;b&gt;Ctrl+N&lt;/b&gt; novo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="23" />
            <source>Keys: &lt;b&gt;↑ ↓&lt;/b&gt; walk the list · &lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;S&lt;/b&gt; snooze · &lt;b&gt;N&lt;/b&gt; next step · &lt;b&gt;Enter&lt;/b&gt; opens the deal</source>
            <translation>Teclas: &lt;b&gt;↑ ↓&lt;/b&gt; percorrem a lista · &lt;b&gt;D&lt;/b&gt; feito · &lt;b&gt;S&lt;/b&gt; adiar · &lt;b&gt;N&lt;/b&gt; próximo passo · &lt;b&gt;Enter&lt;/b&gt; abre o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="28" />
            <source>Keys: &lt;b&gt;Enter&lt;/b&gt; opens the selected deal · &lt;b&gt;Ctrl+F&lt;/b&gt; finds any deal or client · &lt;b&gt;Ctrl+N&lt;/b&gt; new deal</source>
            <translation>Teclas: &lt;b&gt;Enter&lt;/b&gt; abre o negócio selecionado · &lt;b&gt;Ctrl+F&lt;/b&gt; busca negócios e clientes · &lt;b&gt;Ctrl+N&lt;/b&gt; novo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="33" />
            <source>Keys: &lt;b&gt;Enter&lt;/b&gt; opens the selected client · &lt;b&gt;Ctrl+F&lt;/b&gt; finds any client or deal</source>
            <translation>Teclas: &lt;b&gt;Enter&lt;/b&gt; abre o cliente selecionado · &lt;b&gt;Ctrl+F&lt;/b&gt; busca clientes e negócios</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="37" />
            <source>Keys: &lt;b&gt;Enter&lt;/b&gt; starts the review; then &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;7&lt;/b&gt; decide, &lt;b&gt;N&lt;/b&gt; next step, &lt;b&gt;W&lt;/b&gt; won, &lt;b&gt;L&lt;/b&gt; lost, &lt;b&gt;Enter&lt;/b&gt; keeps the deal</source>
            <translation>Teclas: &lt;b&gt;Enter&lt;/b&gt; inicia a revisão; depois &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;7&lt;/b&gt; decidem, &lt;b&gt;N&lt;/b&gt; próximo passo, &lt;b&gt;W&lt;/b&gt; ganho, &lt;b&gt;L&lt;/b&gt; perdido, &lt;b&gt;Enter&lt;/b&gt; mantém o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/firststart/tour.py" line="71" />
            <source>Got it</source>
            <translation>Entendi</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <location filename="../../ui/help/keys.py" line="18" />
            <source>Mark the follow-up done</source>
            <translation>Marcar o acompanhamento como feito</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="19" />
            <source>Snooze it</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="20" />
            <source>Schedule the next step</source>
            <translation>Agendar o próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="21" />
            <location filename="../../ui/help/keys.py" line="28" />
            <location filename="../../ui/help/keys.py" line="33" />
            <source>Open the deal</source>
            <translation>Abrir o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="22" />
            <source>Bring a parked deal back</source>
            <translation>Trazer de volta um negócio adiado</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="23" />
            <location filename="../../ui/help/keys.py" line="34" />
            <location filename="../../ui/help/keys.py" line="39" />
            <source>Walk the list</source>
            <translation>Percorrer a lista</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="26" />
            <source>Move the deal to the next stage</source>
            <translation>Mover o negócio para a próxima etapa</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="27" />
            <source>Move the deal to the previous stage</source>
            <translation>Mover o negócio para a etapa anterior</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="29" />
            <source>Walk the cards</source>
            <translation>Percorrer os cartões</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="30" />
            <source>Not ready this month: park the deal</source>
            <translation>Não está pronto este mês: adiar o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="35" />
            <source>Select several deals</source>
            <translation>Selecionar vários negócios</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="38" />
            <source>Open the client</source>
            <translation>Abrir o cliente</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="42" />
            <source>Start the review; in it: keep the deal as it is</source>
            <translation>Iniciar a revisão; nela: manter o negócio como está</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="43" />
            <source>Call today, call tomorrow</source>
            <translation>Ligar hoje, ligar amanhã</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="44" />
            <source>Archive the deal</source>
            <translation>Arquivar o negócio</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="45" />
            <source>Park for 1, 3 or 6 months</source>
            <translation>Adiar por 1, 3 ou 6 meses</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="46" />
            <source>Park until a date</source>
            <translation>Adiar até uma data</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="47" />
            <source>Set the next step</source>
            <translation>Definir o próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="48" />
            <source>Move to another stage</source>
            <translation>Mover para outra etapa</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="49" />
            <source>Change the temperature</source>
            <translation>Mudar a temperatura</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="50" />
            <source>Won, lost</source>
            <translation>Ganho, perdido</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="51" />
            <source>Silent lead: send the closing message</source>
            <translation>Lead em silêncio: enviar a mensagem de encerramento</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="52" />
            <source>Add a note, log a contact, fill the fields</source>
            <translation>Adicionar nota, registrar contato, preencher campos</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="53" />
            <source>Waive a checklist item</source>
            <translation>Dispensar um item da lista</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="54" />
            <source>Accept or refuse the proposed demotion</source>
            <translation>Aceitar ou recusar o rebaixamento proposto</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="55" />
            <source>Open the deal card</source>
            <translation>Abrir o cartão do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="56" />
            <source>Finish the review early</source>
            <translation>Concluir a revisão antes</translation>
        </message>
        <message>
            <location filename="../../ui/help/keys.py" line="57" />
            <source>Leave the review (it resumes where you stopped)</source>
            <translation>Sair da revisão (ela continua de onde você parou)</translation>
        </message>
    </context>
    <context>
        <name>LifetimePanel</name>
        <message>
            <location filename="../../ui/customers/panels.py" line="137" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="137" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="137" />
            <source>Value per client</source>
            <translation>Valor por cliente</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="138" />
            <source>Purchases each</source>
            <translation>Compras por cliente</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="138" />
            <source>Average order</source>
            <translation>Pedido médio</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="139" />
            <source>Days between purchases</source>
            <translation>Dias entre compras</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="143" />
            <source>By lifecycle segment</source>
            <translation>Por segmento do ciclo de vida</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="145" />
            <source>By acquisition source: which channel brings clients worth keeping</source>
            <translation>Por origem: qual canal traz clientes que valem a pena manter</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="167" />
            <source>All buying clients</source>
            <translation>Todos os clientes compradores</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="174" />
            <source>Not set</source>
            <translation>Não definida</translation>
        </message>
    </context>
    <context>
        <name>ListsEmpty</name>
        <message>
            <location filename="../../ui/lists/empty.py" line="18" />
            <source>No deals yet</source>
            <translation>Ainda não há negócios</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="19" />
            <source>Every deal of every pipeline is listed here, open or closed, to sort, filter and move many at once. Add your first deal (Ctrl+N) or import them from a spreadsheet or another CRM.</source>
            <translation>Aqui ficam todos os negócios de todos os funis, abertos ou fechados, para ordenar, filtrar e mover vários de uma vez. Adicione o primeiro (Ctrl+N) ou importe de uma planilha ou de outro CRM.</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="28" />
            <source>Add a deal</source>
            <translation>Adicionar negócio</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="32" />
            <source>Import deals…</source>
            <translation>Importar negócios…</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="39" />
            <source>No clients yet</source>
            <translation>Ainda não há clientes</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="40" />
            <source>The people and companies you sell to: their phones, where they came from, how warm they are and what they bought. A client is added with their first deal, or here.</source>
            <translation>As pessoas e empresas para quem você vende: telefones, de onde vieram, quão quentes estão e o que compraram. Um cliente entra com o primeiro negócio, ou aqui.</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="49" />
            <source>Add a client</source>
            <translation>Adicionar cliente</translation>
        </message>
        <message>
            <location filename="../../ui/lists/empty.py" line="54" />
            <source>Import clients…</source>
            <translation>Importar clientes…</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="42" />
            <source>Mark deal lost</source>
            <translation>Marcar negócio como perdido</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="45" />
            <source>Why was “%1” lost?</source>
            <translation>Por que “%1” foi perdido?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="47" />
            <source>Why was the deal lost?</source>
            <translation>Por que o negócio foi perdido?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="51" />
            <source>Choose or type a reason</source>
            <translation>Escolha ou digite um motivo</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="59" />
            <source>Mark lost</source>
            <translation>Marcar como perdido</translation>
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
            <translation>O banco de dados em uso</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="139" />
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="148" />
            <source>Pipeline:</source>
            <translation>Funil:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>New deal</source>
            <translation>Novo negócio</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="166" />
            <source>Create a deal in this pipeline (Ctrl+N)</source>
            <translation>Criar um negócio neste funil (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="195" />
            <source>&amp;Import deals…</source>
            <translation>&amp;Importar negócios…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>Import &amp;clients…</source>
            <translation>Importar &amp;clientes…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>Import &amp;purchases…</source>
            <translation>Importar c&amp;ompras…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="199" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Fazer backup do banco de dados…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>&amp;Export reminders to calendar (.ics)…</source>
            <translation>&amp;Exportar lembretes para o calendário (.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="211" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="216" />
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="218" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="229" />
            <source>&amp;Find…</source>
            <translation>&amp;Localizar…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="234" />
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="240" />
            <source>&amp;Pipeline</source>
            <translation>&amp;Funil</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="242" />
            <source>&amp;Edit pipeline…</source>
            <translation>&amp;Editar funil…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="245" />
            <source>&amp;New pipeline…</source>
            <translation>&amp;Novo funil…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="249" />
            <source>&amp;Settings</source>
            <translation>&amp;Configurações</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="250" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="253" />
            <source>System</source>
            <translation>Do sistema</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atalhos de teclado</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="277" />
            <source>&amp;Getting started…</source>
            <translation>&amp;Primeiros passos…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <source>&amp;About Funnel</source>
            <translation>&amp;Sobre o Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="309" />
            <source>%1 is not available in this build.</source>
            <translation>%1 não está disponível nesta versão.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="317" />
            <location filename="../../ui/main_window.py" line="330" />
            <source>The deal card</source>
            <translation>A ficha do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>The client card</source>
            <translation>A ficha do cliente</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="357" />
            <source>The pipeline editor</source>
            <translation>O editor de funis</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="380" />
            <source>Importing</source>
            <translation>A importação</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="419" />
            <source>About Funnel</source>
            <translation>Sobre o Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="421" />
            <source>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;A desktop sales-pipeline manager: deals through the stages of a funnel, stalled leads flagged, no follow-up forgotten.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Funnel %1&lt;/h3&gt;&lt;p&gt;Um gerenciador de funil de vendas para desktop: negócios pelas etapas do funil, leads parados em destaque, nenhuma atividade esquecida.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="433" />
            <source>Demo data</source>
            <translation>Dados de demonstração</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="213" />
            <source>Match columns to fields</source>
            <translation>Associe colunas aos campos</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="215" />
            <source>Columns Funnel recognises are matched already; check them and set the rest.</source>
            <translation>As colunas que o Funnel reconhece já estão associadas; confira-as e defina as demais.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="235" />
            <source>Import into pipeline:</source>
            <translation>Importar para o funil:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="236" />
            <source>Currency of values without one:</source>
            <translation>Moeda dos valores sem moeda:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="260" />
            <source>(not imported)</source>
            <translation>(não importar)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="298" />
            <source>“%1” and “%2” both go to %3; choose one.</source>
            <translation>“%1” e “%2” vão para %3; escolha uma.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="305" />
            <source>Choose the column that holds the deal title.</source>
            <translation>Escolha a coluna com o título do negócio.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="307" />
            <source>Say which currency the values are in, for example RUB, USD or BRL.</source>
            <translation>Informe a moeda dos valores, por exemplo RUB, USD ou BRL.</translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="62" />
            <location filename="../../ui/customers/matrix.py" line="67" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n compra</numerusform>
                <numerusform>%n compras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="64" />
            <source>1–%1 purchases</source>
            <translation>1–%1 compras</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="65" />
            <source>%1–%2 purchases</source>
            <translation>%1–%2 compras</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="68" />
            <source>%1 or more</source>
            <translation>%1 ou mais</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="73" />
            <source>up to %n day(s) ago</source>
            <translation>
                <numerusform>até %n dia atrás</numerusform>
                <numerusform>até %n dias atrás</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="74" />
            <source>%1–%2 days ago</source>
            <translation>%1–%2 dias atrás</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/matrix.py" line="75" />
            <source>over %n day(s) ago</source>
            <translation>
                <numerusform>há mais de %n dia</numerusform>
                <numerusform>há mais de %n dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="118" />
            <source>%1: click to see these clients and start a campaign</source>
            <translation>%1: clique para ver estes clientes e iniciar uma campanha</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="199" />
            <source>%1 of clients</source>
            <translation>%1 dos clientes</translation>
        </message>
        <message>
            <location filename="../../ui/customers/matrix.py" line="212" />
            <source>%1 of revenue</source>
            <translation>%1 da receita</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="63" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="63" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="63" />
            <source>Planned</source>
            <translation>Planejado</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="64" />
            <source>Round</source>
            <translation>Rodada</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="64" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="97" />
            <source>Done</source>
            <translation>Feito</translation>
        </message>
        <message>
            <location filename="../../ui/customers/campaigns_view.py" line="97" />
            <source>To contact</source>
            <translation>A contatar</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="61" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="62" />
            <source>Open deals</source>
            <translation>Negócios abertos</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="73" />
            <source>(no login)</source>
            <translation>(sem login)</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="79" />
            <source>Manager</source>
            <translation>Gerente</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="79" />
            <source>Salesperson</source>
            <translation>Vendedor</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="81" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="81" />
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="89" />
            <source>This login is disabled and can no longer sign in.</source>
            <translation>Este login está desativado e não pode mais entrar.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="51" />
            <source>Merge clients</source>
            <translation>Mesclar clientes</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="66" />
            <source>#%1, since %2</source>
            <translation>nº %1, desde %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/merge_dialog.py" line="69" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n negócio</numerusform>
                <numerusform>%n negócios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/merge_dialog.py" line="70" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n compra</numerusform>
                <numerusform>%n compras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="80" />
            <source>Stays (its id is kept):</source>
            <translation>Fica (mantém o número):</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="82" />
            <source>This one</source>
            <translation>Este</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="98" />
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="104" />
            <source>All together</source>
            <translation>Todos juntos</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="111" />
            <source>Phones and e-mails:</source>
            <translation>Telefones e e-mails:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="112" />
            <source>all kept: %1</source>
            <translation>todos mantidos: %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="127" />
            <source>Every deal, activity, note, purchase, phone and e-mail moves to the client that stays; the others are archived. Ctrl+Z undoes the merge.</source>
            <translation>Todos os negócios, atividades, notas, compras, telefones e e-mails passam para o cliente que fica; os outros são arquivados. Ctrl+Z desfaz a mesclagem.</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="137" />
            <source>Merge</source>
            <translation>Mesclar</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="161" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="162" />
            <source>Company:</source>
            <translation>Empresa:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="163" />
            <source>Source:</source>
            <translation>Origem:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="164" />
            <source>Tags:</source>
            <translation>Etiquetas:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="165" />
            <source>Temperature:</source>
            <translation>Temperatura:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="166" />
            <source>Birthday:</source>
            <translation>Aniversário:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="167" />
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="168" />
            <source>Owner:</source>
            <translation>Responsável:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="169" />
            <source>Referred by:</source>
            <translation>Indicado por:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="170" />
            <source>External id:</source>
            <translation>ID externo:</translation>
        </message>
        <message>
            <location filename="../../ui/clients/merge_dialog.py" line="171" />
            <source>Language:</source>
            <translation>Idioma:</translation>
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
            <translation>Enquanto o Funnel estava fechado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/missed.py" line="71" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>%n atividade venceu enquanto o Funnel estava fechado</numerusform>
                <numerusform>%n atividades venceram enquanto o Funnel estava fechado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders/missed.py" line="76" />
            <source>They are also in Today. Double-click one to open its deal.</source>
            <translation>Elas também estão em Hoje. Clique duas vezes para abrir o negócio.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/missed.py" line="89" />
            <source>Show Today</source>
            <translation>Mostrar Hoje</translation>
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
            <translation>Não há banco de dados do Funnel em %1.</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="23" />
            <source>Create a new, empty database there, or open another file?</source>
            <translation>Criar ali um banco novo e vazio, ou abrir outro arquivo?</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="28" />
            <source>Create new database</source>
            <translation>Criar banco novo</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="32" />
            <source>Open another file…</source>
            <translation>Abrir outro arquivo…</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="36" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="45" />
            <source>Open a Funnel database</source>
            <translation>Abrir um banco do Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/storage/missing.py" line="47" />
            <source>Funnel databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bancos do Funnel (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
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
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations/core.py" line="157" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
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
        <name>ParetoPanel</name>
        <message>
            <location filename="../../ui/customers/panels.py" line="63" />
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="64" />
            <source>All time</source>
            <translation>Todo o período</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="77" />
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="77" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="77" />
            <source>Share of clients</source>
            <translation>Parcela dos clientes</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="78" />
            <source>Revenue</source>
            <translation>Receita</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="78" />
            <source>Share of revenue</source>
            <translation>Parcela da receita</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="84" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="88" />
            <source>Class %1 clients…</source>
            <translation>Clientes da classe %1…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="111" />
            <source>The top 20% of clients (%1) bring %2 of revenue.</source>
            <translation>Os 20% maiores clientes (%1) trazem %2 da receita.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/panels.py" line="115" />
            <source>%1 clients, %2 of revenue in the period. Ties share a class.</source>
            <translation>%1 clientes, %2 de receita no período. Empates ficam na mesma classe.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers/panels.py" line="120" />
            <source>%n purchase(s) in other currencies left out.</source>
            <translation>
                <numerusform>%n compra em outras moedas ficou de fora.</numerusform>
                <numerusform>%n compras em outras moedas ficaram de fora.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParkDialog</name>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="82" />
            <source>Not ready this month</source>
            <translation>Não está pronto este mês</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="94" />
            <source>The deal moves to Future sales and comes back to «%1» with a call-back on the day you choose.</source>
            <translation>O negócio vai para Vendas futuras e volta para “%1” com um retorno agendado no dia escolhido.</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="101" />
            <source>Call back</source>
            <translation>Retornar ligação</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="138" />
            <source>&amp;1 month</source>
            <translation>&amp;1 mês</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/deals/park_dialog.py" line="138" />
            <source>&amp;%n months</source>
            <translation>
                <numerusform>&amp;%n mês</numerusform>
                <numerusform>&amp;%n meses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="144" />
            <source>Return on %1</source>
            <translation>Volta em %1</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="148" />
            <source>On a &amp;date</source>
            <translation>Em uma &amp;data</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="104" />
            <source>Note</source>
            <translation>Anotação</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="167" />
            <source>What they said, what to offer then (optional)</source>
            <translation>O que o cliente disse, o que oferecer depois (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="173" />
            <source>Park</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="200" />
            <source>The return date %1 is not after today (%2); choose a later date.</source>
            <translation>A data de volta %1 não é posterior a hoje (%2); escolha uma data mais adiante.</translation>
        </message>
    </context>
    <context>
        <name>Parking</name>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="49" />
            <source>Not ready this month…</source>
            <translation>Não está pronto este mês…</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="179" />
            <source>Call back</source>
            <comment>the activity a parked deal gets on its return date</comment>
            <translation>Retornar ligação</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="170" />
            <source>Park deal</source>
            <translation>adiamento do negócio</translation>
        </message>
        <message>
            <location filename="../../ui/operations/deals.py" line="62" />
            <location filename="../../ui/operations/deals.py" line="189" />
            <source>Bring deal back</source>
            <translation>volta do negócio</translation>
        </message>
    </context>
    <context>
        <name>PipelineEditor</name>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="63" />
            <source>Edit pipelines</source>
            <translation>Editar funis</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="78" />
            <source>New pipeline…</source>
            <translation>Novo funil…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="79" />
            <source>Rename…</source>
            <translation>Renomear…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="88" />
            <source>Pipeline:</source>
            <translation>Funil:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="102" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="102" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="106" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="113" />
            <source>Add stage</source>
            <translation>Adicionar etapa</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="114" />
            <source>Remove stage…</source>
            <translation>Remover etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="115" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="117" />
            <source>Move down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="148" />
            <source>Drag stages (or use Move up/down) to change their order. Double-click a cell to edit it. Changes are saved when you press OK.</source>
            <translation>Arraste as etapas (ou use Subir/Descer) para mudar a ordem. Clique duas vezes numa célula para editá-la. As alterações são salvas ao clicar em OK.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="202" />
            <source>New pipeline</source>
            <translation>Novo funil</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="209" />
            <source>Parked</source>
            <translation>Adiado</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="209" />
            <source>New lead</source>
            <translation>Novo lead</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="221" />
            <source>Rename pipeline</source>
            <translation>Renomear funil</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="251" />
            <source>New stage</source>
            <translation>Nova etapa</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="272" />
            <source>A pipeline keeps at least one stage.</source>
            <translation>Um funil mantém pelo menos uma etapa.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="343" />
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/dialog.py" line="344" />
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
        <name>ProfileSettings</name>
        <message>
            <location filename="../../ui/settings/profile.py" line="28" />
            <source>How your deals and messages name you</source>
            <translation>Como seus negócios e mensagens chamam você</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="31" />
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="44" />
            <source>New deals and imports are in this currency unless they say otherwise.</source>
            <translation>Novos negócios e importações usam esta moeda, salvo indicação em contrário.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="56" />
            <source>Phone numbers written without a country code are read as this country's.</source>
            <translation>Telefones sem código do país são lidos como deste país.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="61" />
            <source>Your &amp;name:</source>
            <translation>Seu &amp;nome:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="62" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="63" />
            <source>Home &amp;currency:</source>
            <translation>&amp;Moeda principal:</translation>
        </message>
        <message>
            <location filename="../../ui/settings/profile.py" line="64" />
            <source>&amp;Phone numbers from:</source>
            <translation>&amp;Telefones de:</translation>
        </message>
    </context>
    <context>
        <name>PurchaseLinesModel</name>
        <message>
            <location filename="../../ui/clients/timeline.py" line="22" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="23" />
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="24" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="25" />
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
    </context>
    <context>
        <name>PurchaseSummary</name>
        <message>
            <location filename="../../ui/clients/timeline.py" line="86" />
            <source>No purchases yet.</source>
            <translation>Nenhuma compra ainda.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/clients/timeline.py" line="91" />
            <source>%n purchase(s)</source>
            <translation>
                <numerusform>%n compra</numerusform>
                <numerusform>%n compras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="92" />
            <source>revenue %1</source>
            <translation>receita %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="93" />
            <source>average order %1</source>
            <translation>ticket médio %1</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="97" />
            <source>first %1, last %2</source>
            <translation>primeira %1, última %2</translation>
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
        <name>Rates</name>
        <message>
            <location filename="../../ui/rates_text.py" line="27" />
            <source>No exchange rate for %1: totals stay per currency.</source>
            <translation>Sem câmbio para %1: os totais ficam por moeda.</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="30" />
            <source>≈ %1 at rates of %2</source>
            <translation>≈ %1 pelo câmbio de %2</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="39" />
            <source>Set exchange rates in Preferences › Exchange rates to see one total.</source>
            <translation>Defina o câmbio em Preferências › Câmbio para ver um total único.</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="42" />
            <source>Every currency converted to %1 with the latest rate on or before today (Preferences › Exchange rates).</source>
            <translation>Cada moeda convertida em %1 pela taxa mais recente até hoje (Preferências › Câmbio).</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="56" />
            <source>Not counted in the money columns: %1 (no exchange rate to %2).</source>
            <translation>Fora das colunas de valores: %1 (sem câmbio para %2).</translation>
        </message>
        <message>
            <location filename="../../ui/rates_text.py" line="64" />
            <source>Money in %1, other currencies at rates of %2.</source>
            <translation>Valores em %1, outras moedas pelo câmbio de %2.</translation>
        </message>
    </context>
    <context>
        <name>RatesSettings</name>
        <message>
            <location filename="../../ui/settings/rates.py" line="61" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="61" />
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="61" />
            <source>From</source>
            <translation>A partir de</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="69" />
            <source>No rates yet: totals stay per currency.</source>
            <translation>Ainda sem taxas: os totais ficam por moeda.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="83" />
            <source>Set rate</source>
            <translation>Definir taxa</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="87" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="100" />
            <source>from</source>
            <translation>a partir de</translation>
        </message>
        <message>
            <location filename="../../ui/settings/rates.py" line="121" />
            <source>What one unit of each currency is worth in your home currency (%1). Totals in several currencies are then also shown as one figure in %1, using the latest rate on or before the day.</source>
            <translation>Quanto vale uma unidade de cada moeda na sua moeda principal (%1). Assim, totais em várias moedas também aparecem como um só valor em %1, pela taxa mais recente até o dia.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDelegate</name>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="142" />
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="144" />
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="148" />
            <source>no deals</source>
            <translation>nenhum negócio</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons_model.py" line="151" />
            <source>(retired)</source>
            <translation>(aposentado)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/settings/reasons_model.py" line="161" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n negócio</numerusform>
                <numerusform>%n negócios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/settings/reasons_model.py" line="166" />
            <source>“%1” becomes “%2” on %n deal(s).</source>
            <translation>
                <numerusform>“%1” passa a ser “%2” em %n negócio.</numerusform>
                <numerusform>“%1” passa a ser “%2” em %n negócios.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonsList</name>
        <message>
            <location filename="../../ui/settings/reasons.py" line="59" />
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="60" />
            <location filename="../../ui/settings/reasons.py" line="196" />
            <source>Retire</source>
            <translation>Aposentar</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="64" />
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="65" />
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="84" />
            <source>Show retired</source>
            <translation>Mostrar aposentados</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="196" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
    </context>
    <context>
        <name>ReasonsSettings</name>
        <message>
            <location filename="../../ui/settings/reasons.py" line="242" />
            <source>Why deals are lost</source>
            <translation>Por que os negócios são perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="243" />
            <source>Why deals are won</source>
            <translation>Por que os negócios são ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/settings/reasons.py" line="246" />
            <source>These are offered when a deal is marked lost or won. Double-click a reason (or press F2) to rename it: the deals that carry it are renamed too, in reports as well. A retired reason is no longer offered, but its deals keep it and the reports still count them. Changes are saved when you press OK.</source>
            <translation>Estes motivos são oferecidos quando um negócio é marcado como perdido ou ganho. Clique duas vezes em um motivo (ou pressione F2) para renomeá-lo: os negócios que o têm também são renomeados, inclusive nos relatórios. Um motivo aposentado não é mais oferecido, mas seus negócios o mantêm e os relatórios continuam a contá-los. As alterações são salvas quando você pressiona OK.</translation>
        </message>
    </context>
    <context>
        <name>RecentFiles</name>
        <message>
            <location filename="../../ui/recent_files.py" line="82" />
            <location filename="../../ui/recent_files.py" line="97" />
            <location filename="../../ui/recent_files.py" line="111" />
            <source>Funnel databases (%1);;All files (*)</source>
            <translation>Bancos de dados do Funnel (%1);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="95" />
            <source>Open a Funnel file</source>
            <translation>Abrir um arquivo do Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="106" />
            <source>new-funnel.sqlite3</source>
            <translation>novo-funil.sqlite3</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="109" />
            <source>New Funnel file</source>
            <translation>Novo arquivo do Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="138" />
            <source>No recent files</source>
            <translation>Nenhum arquivo recente</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="142" />
            <source>Clear the list</source>
            <translation>Limpar a lista</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="149" />
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="153" />
            <source>Ne&amp;w file…</source>
            <translation>No&amp;vo arquivo…</translation>
        </message>
        <message>
            <location filename="../../ui/recent_files.py" line="156" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recente</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders/notifier.py" line="67" />
            <source>%1 at %2: %3</source>
            <translation>%1 às %2: %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="155" />
            <source>Came due while Funnel was closed: %n</source>
            <translation>
                <numerusform>Venceu enquanto o Funnel estava fechado: %n</numerusform>
                <numerusform>Venceram enquanto o Funnel estava fechado: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="269" />
            <source>Overdue follow-ups handed to the backup owner: %n</source>
            <translation>
                <numerusform>Lembrete atrasado passado ao responsável substituto: %n</numerusform>
                <numerusform>Lembretes atrasados passados ao responsável substituto: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="243" />
            <location filename="../../ui/reminders/notifier.py" line="293" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders/notifier.py" line="295" />
            <source>%n follow-ups due</source>
            <translation>
                <numerusform>%n lembrete vencendo</numerusform>
                <numerusform>%n lembretes vencendo</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="../../ui/reports/charts.py" line="120" />
            <location filename="../../ui/reports/charts.py" line="168" />
            <source>Won</source>
            <translation>Ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="125" />
            <source>Reached the next stage</source>
            <translation>Chegaram à etapa seguinte</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="130" />
            <source>Entered</source>
            <translation>Entraram</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="145" />
            <source>Median days</source>
            <translation>Mediana (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="150" />
            <source>Average days</source>
            <translation>Média (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="155" />
            <source>Limit (days)</source>
            <translation>Limite (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="173" />
            <source>Lost</source>
            <translation>Perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="189" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="194" />
            <source>Weighted</source>
            <translation>Ponderado</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="215" />
            <source>Open deals</source>
            <translation>Negócios abertos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="217" />
            <source>Stalled</source>
            <translation>Parados</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="246" />
            <source>Calls</source>
            <translation>Ligações</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="251" />
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="256" />
            <source>Meetings</source>
            <translation>Reuniões</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="272" />
            <source>This period, per day</source>
            <translation>Este período, por dia</translation>
        </message>
        <message>
            <location filename="../../ui/reports/charts.py" line="277" />
            <source>Previous period, per day</source>
            <translation>Período anterior, por dia</translation>
        </message>
    </context>
    <context>
        <name>ReportColumns</name>
        <message>
            <location filename="../../ui/reports/text.py" line="21" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="22" />
            <source>Entered</source>
            <translation>Entraram</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="23" />
            <source>Reached next</source>
            <translation>Avançaram</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="24" />
            <source>Dropped</source>
            <translation>Saíram</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="25" />
            <source>To next</source>
            <translation>Avanço</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="26" />
            <source>Won</source>
            <translation>Ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="27" />
            <source>Won of entered</source>
            <translation>Ganhos dos que entraram</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="28" />
            <source>Pipeline</source>
            <translation>Funil</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="29" />
            <source>Left</source>
            <translation>Saíram</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="30" />
            <source>Median days</source>
            <translation>Mediana (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="31" />
            <source>Average days</source>
            <translation>Média (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="32" />
            <source>Limit (days)</source>
            <translation>Limite (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="33" />
            <source>From (days)</source>
            <translation>De (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="34" />
            <source>To (days)</source>
            <translation>Até (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="35" />
            <source>Won deals</source>
            <translation>Negócios ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="36" />
            <source>Lost</source>
            <translation>Perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="37" />
            <source>Win rate</source>
            <translation>Taxa de ganho</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="38" />
            <source>Won value</source>
            <translation>Valor ganho</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="39" />
            <source>Month</source>
            <translation>Mês</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="40" />
            <source>Lost value</source>
            <translation>Valor perdido</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="41" />
            <source>Lost reason</source>
            <translation>Motivo da perda</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="42" />
            <source>Win reason</source>
            <translation>Motivo do ganho</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="43" />
            <source>Deals</source>
            <translation>Negócios</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="44" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="45" />
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="46" />
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="47" />
            <source>Expected close</source>
            <translation>Fechamento previsto</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="48" />
            <source>Weighted</source>
            <translation>Ponderado</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="49" />
            <source>Forecast deals</source>
            <translation>Negócios previstos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="50" />
            <source>Forecast value</source>
            <translation>Valor previsto</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="51" />
            <source>Forecast weighted</source>
            <translation>Previsão ponderada</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="52" />
            <source>Week of</source>
            <translation>Semana de</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="53" />
            <source>Open</source>
            <translation>Abertos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="54" />
            <source>Stalled</source>
            <translation>Parados</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="55" />
            <source>Calls</source>
            <translation>Ligações</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="56" />
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="57" />
            <source>Meetings</source>
            <translation>Reuniões</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="58" />
            <source>Overdue</source>
            <translation>Atrasados</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="59" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="60" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="61" />
            <source>Average won</source>
            <translation>Ganho médio</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="62" />
            <source>Cycle days</source>
            <translation>Ciclo (dias)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="63" />
            <source>Per day</source>
            <translation>Por dia</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="64" />
            <source>Previous per day</source>
            <translation>Antes, por dia</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="66" />
            <source>Conversion</source>
            <translation>Conversão</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="67" />
            <source>Time in stage</source>
            <translation>Tempo na etapa</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="68" />
            <source>Sales cycle</source>
            <translation>Ciclo de venda</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="69" />
            <source>Won and lost by month</source>
            <translation>Ganhos e perdidos por mês</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="70" />
            <source>Win rate by owner</source>
            <translation>Taxa de ganho por responsável</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="71" />
            <source>Win rate by source</source>
            <translation>Taxa de ganho por origem</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="72" />
            <source>Win rate by pipeline</source>
            <translation>Taxa de ganho por funil</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="73" />
            <source>Lost reasons</source>
            <translation>Motivos de perda</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="74" />
            <source>Win reasons</source>
            <translation>Motivos dos ganhos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="75" />
            <source>Forecast</source>
            <translation>Previsão</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="76" />
            <source>Last month: forecast and won</source>
            <translation>Mês passado: previsto e ganho</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="77" />
            <source>Pipeline trend</source>
            <translation>Tendência do funil</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="78" />
            <source>Activity by owner</source>
            <translation>Atividade por responsável</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="79" />
            <source>Activity by week</source>
            <translation>Atividade por semana</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="80" />
            <source>Sales velocity</source>
            <translation>Velocidade de vendas</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="82" />
            <source>Later</source>
            <translation>Depois</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="83" />
            <source>No date</source>
            <translation>Sem data</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="84" />
            <source>snapshot</source>
            <translation>registro</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="85" />
            <source>history</source>
            <translation>histórico</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="86" />
            <source>all</source>
            <translation>todos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="87" />
            <source>pipeline</source>
            <translation>funil</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="88" />
            <source>owner</source>
            <translation>responsável</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../ui/reports/charts.py" line="241" />
            <location filename="../../ui/reports/charts.py" line="267" />
            <location filename="../../ui/reports/model.py" line="23" />
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="10" />
            <source>Conversion</source>
            <translation>Conversão</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="11" />
            <source>Time in stage</source>
            <translation>Tempo na etapa</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="12" />
            <source>Won and lost</source>
            <translation>Ganhos e perdidos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="13" />
            <source>Forecast</source>
            <translation>Previsão</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="14" />
            <source>Pipeline trend</source>
            <translation>Tendência do funil</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="15" />
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <location filename="../../ui/reports/text.py" line="16" />
            <source>Sales velocity</source>
            <translation>Velocidade de vendas</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/reports/page.py" line="82" />
            <source>This month</source>
            <translation>Este mês</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="82" />
            <source>Last month</source>
            <translation>Mês passado</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="83" />
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="83" />
            <source>12 months</source>
            <translation>12 meses</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="84" />
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="99" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="102" />
            <source>Chart and table as PNG…</source>
            <translation>Gráfico e tabela em PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="103" />
            <source>Chart and table as PDF…</source>
            <translation>Gráfico e tabela em PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="104" />
            <source>Table as CSV…</source>
            <translation>Tabela em CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="105" />
            <source>Table as Excel (XLSX)…</source>
            <translation>Tabela em Excel (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="107" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="112" />
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="114" />
            <source>Pipeline:</source>
            <translation>Funil:</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="114" />
            <source>Owner:</source>
            <translation>Responsável:</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="174" />
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="187" />
            <source>All pipelines</source>
            <translation>Todos os funis</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="188" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="233" />
            <source>as of %1</source>
            <translation>em %1</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="236" />
            <source>%1 to %2</source>
            <translation>de %1 a %2</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="274" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="359" />
            <source>PNG image (*.png)</source>
            <translation>Imagem PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="359" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="360" />
            <source>CSV table (*.csv)</source>
            <translation>Tabela CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="360" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="363" />
            <source>Export report</source>
            <translation>Exportar relatório</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../ui/search_box.py" line="145" />
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="146" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="157" />
            <source>Search deals and clients (Ctrl+F)</source>
            <translation>Buscar negócios e clientes (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="194" />
            <source>Nothing found for “%1”</source>
            <translation>Nada encontrado para “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="195" />
            <source>Try part of a name, a company, a phone or an e-mail.</source>
            <translation>Tente parte de um nome, empresa, telefone ou e-mail.</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="213" />
            <source>won</source>
            <translation>ganho</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="214" />
            <source>lost</source>
            <translation>perdido</translation>
        </message>
        <message>
            <location filename="../../ui/search_box.py" line="215" />
            <source>archived</source>
            <translation>arquivado</translation>
        </message>
    </context>
    <context>
        <name>SegmentSettingsDialog</name>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="41" />
            <source>Lifecycle matrix settings</source>
            <translation>Configurações da matriz do ciclo de vida</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="59" />
            <source>Purchase count limits (few / some / many)</source>
            <translation>Limites de número de compras (poucas / algumas / muitas)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="60" />
            <source>Days since the last purchase (active / asleep / gone)</source>
            <translation>Dias desde a última compra (ativo / adormecendo / perdido)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="61" />
            <source>Target share of active clients</source>
            <translation>Meta de parcela de clientes ativos</translation>
        </message>
        <message>
            <location filename="../../ui/customers/settings_dialog.py" line="80" />
            <source>Cell names (empty: the default name)</source>
            <translation>Nomes das células (vazio: o nome padrão)</translation>
        </message>
    </context>
    <context>
        <name>Segments</name>
        <message>
            <location filename="../../funnel/customers/segments.py" line="44" />
            <source>New active</source>
            <translation>Novos ativos</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="45" />
            <source>New falling asleep</source>
            <translation>Novos adormecendo</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="46" />
            <source>Lost one-timers</source>
            <translation>Compradores únicos perdidos</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="47" />
            <source>Repeat active</source>
            <translation>Recorrentes ativos</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="48" />
            <source>Repeat falling asleep</source>
            <translation>Recorrentes adormecendo</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="49" />
            <source>Repeat lost</source>
            <translation>Recorrentes perdidos</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="50" />
            <source>Loyal active</source>
            <translation>Fiéis ativos</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="51" />
            <source>Loyal falling asleep</source>
            <translation>Fiéis adormecendo</translation>
        </message>
        <message>
            <location filename="../../funnel/customers/segments.py" line="52" />
            <source>Loyal lost</source>
            <translation>Fiéis perdidos</translation>
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message>
            <location filename="../../ui/team/banner.py" line="34" />
            <source>Retry now</source>
            <translation>Tentar agora</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/team/banner.py" line="55" />
            <source>The team server cannot be reached — retrying in %n s…</source>
            <translation>
                <numerusform>O servidor da equipe está inacessível — nova tentativa em %n s…</numerusform>
                <numerusform>O servidor da equipe está inacessível — nova tentativa em %n s…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/team/banner.py" line="60" />
            <source>The team server cannot be reached — trying again…</source>
            <translation>O servidor da equipe está inacessível — tentando de novo…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings/dialog.py" line="34" />
            <source>Preferences</source>
            <translation>Preferências</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="38" />
            <source>Count business days only for stalls</source>
            <translation>Contar só dias úteis para negócios parados</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="43" />
            <source>Saturdays and Sundays do not age a deal: a deal entered on Friday is one day old on Monday. Public holidays still count.</source>
            <translation>Sábados e domingos não contam: um negócio que entrou na etapa na sexta tem um dia na segunda. Feriados contam.</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="72" />
            <source>General</source>
            <translation>Geral</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="73" />
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="74" />
            <source>Exchange rates</source>
            <translation>Câmbio</translation>
        </message>
        <message>
            <location filename="../../ui/settings/dialog.py" line="75" />
            <source>Reasons</source>
            <translation>Motivos</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="61" />
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="65" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="65" />
            <source>What they do</source>
            <translation>O que fazem</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="73" />
            <source>This screen: %1</source>
            <translation>Esta tela: %1</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts_dialog.py" line="76" />
            <source>Everywhere</source>
            <translation>Em todo lugar</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDateDialog</name>
        <message>
            <location filename="../../ui/followups/snooze_date.py" line="29" />
            <source>Snooze to a date</source>
            <translation>Adiar para uma data</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_date.py" line="31" />
            <source>Move “%1” to:</source>
            <translation>Mover “%1” para:</translation>
        </message>
    </context>
    <context>
        <name>SnoozeMenu</name>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="48" />
            <source>Snooze</source>
            <translation>Adiar</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="51" />
            <source>&amp;Later today</source>
            <translation>Mais &amp;tarde hoje</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="52" />
            <source>&amp;Tomorrow morning</source>
            <translation>Amanhã de &amp;manhã</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="53" />
            <source>Next &amp;Monday</source>
            <translation>Próxima &amp;segunda</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="54" />
            <source>A &amp;week later</source>
            <translation>Daqui a uma s&amp;emana</translation>
        </message>
        <message>
            <location filename="../../ui/followups/snooze_menu.py" line="66" />
            <source>To a &amp;date…</source>
            <translation>Para uma &amp;data…</translation>
        </message>
    </context>
    <context>
        <name>StageMenu</name>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="234" />
            <source>Back to stage</source>
            <translation>Voltar para a etapa</translation>
        </message>
        <message>
            <location filename="../../ui/deals/park_dialog.py" line="244" />
            <source>The stage it was parked from</source>
            <translation>A etapa de onde foi adiado</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="162" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="163" />
            <source>Stalled after</source>
            <translation>Parado após</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="164" />
            <source>Probability</source>
            <translation>Probabilidade</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="170" />
            <source>A deal longer than this in the stage is stalled</source>
            <translation>Um negócio há mais tempo que isso na etapa fica parado</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="171" />
            <source>The chance a deal in this stage is won</source>
            <translation>A chance de um negócio nesta etapa ser ganho</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="165" />
            <source>Open deals</source>
            <translation>Negócios abertos</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="172" />
            <source>Open deals in the stage now</source>
            <translation>Negócios abertos na etapa agora</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="186" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="187" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
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
                <numerusform>%n aberto</numerusform>
                <numerusform>%n abertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_editor/model.py" line="205" />
            <source>%n won, lost or archived (they move too if the stage is removed)</source>
            <translation>
                <numerusform>%n ganho, perdido ou arquivado (também é movido se a etapa for removida)</numerusform>
                <numerusform>%n ganhos, perdidos ou arquivados (também são movidos se a etapa for removida)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="240" />
            <source>A stage needs a name.</source>
            <translation>A etapa precisa de um nome.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_editor/model.py" line="244" />
            <source>This pipeline already has a stage named «%1».</source>
            <translation>Este funil já tem uma etapa chamada “%1”.</translation>
        </message>
    </context>
    <context>
        <name>StagesPage</name>
        <message>
            <location filename="../../ui/imports/pages.py" line="333" />
            <source>Stages and outcomes</source>
            <translation>Etapas e resultados</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="336" />
            <source>New stages are added to the pipeline in the order they first appear in the file, unless you send them to a stage you already have.</source>
            <translation>As novas etapas entram no funil na ordem em que aparecem pela primeira vez no arquivo, a menos que você as envie para uma etapa existente.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="352" />
            <source>e.g. Paid, Delivered</source>
            <translation>ex.: Pago, Entregue</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="355" />
            <source>e.g. Refused, No answer</source>
            <translation>ex.: Recusou, Sem resposta</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="359" />
            <source>Also means won:</source>
            <translation>Também significa ganho:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="360" />
            <source>Also means lost:</source>
            <translation>Também significa perdido:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="367" />
            <source>Words for won and lost, separated by commas:</source>
            <translation>Palavras para ganho e perdido, separadas por vírgula:</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="380" />
            <source>Reading the whole file…</source>
            <translation>Lendo o arquivo inteiro…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="403" />
            <source>Create new stage</source>
            <translation>Criar nova etapa</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="406" />
            <source>Put in “%1”</source>
            <translation>Colocar em “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/imports/pages.py" line="414" />
            <source>%n stage name(s) in the file are new:</source>
            <translation>
                <numerusform>%n nome de etapa no arquivo é novo:</numerusform>
                <numerusform>%n nomes de etapa no arquivo são novos:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="417" />
            <source>Every stage in the file already exists.</source>
            <translation>Todas as etapas do arquivo já existem.</translation>
        </message>
        <message>
            <location filename="../../ui/imports/pages.py" line="421" />
            <source>Not recognised as won or lost: %1</source>
            <translation>Não reconhecido como ganho ou perdido: %1</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../ui/startup.py" line="115" />
            <source>Opening your pipeline…</source>
            <translation>Abrindo seu funil…</translation>
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
            <translation>Arquivo somente leitura</translation>
        </message>
        <message>
            <location filename="../../ui/storage/notices.py" line="34" />
            <source>This file cannot be changed (its permissions or its disk): you can look at everything, but changes cannot be saved.</source>
            <translation>Este arquivo não pode ser alterado (permissões ou disco): você pode consultar tudo, mas as alterações não serão salvas.</translation>
        </message>
        <message>
            <location filename="../../ui/storage/notices.py" line="48" />
            <source>Your clock is behind this file</source>
            <translation>Seu relógio está atrasado em relação ao arquivo</translation>
        </message>
        <message>
            <location filename="../../ui/storage/notices.py" line="49" />
            <source>The newest change in this file is dated %1, later than your computer's clock. Check the date and time; until then, changes are recorded as of that newest change.</source>
            <translation>A alteração mais recente deste arquivo é de %1, depois do relógio do computador. Confira a data e a hora; até lá, as alterações são registradas a partir dessa última alteração.</translation>
        </message>
    </context>
    <context>
        <name>TagsEdit</name>
        <message>
            <location filename="../../ui/clients/fields.py" line="170" />
            <source>vip, wholesale</source>
            <translation>vip, atacado</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <location filename="../../ui/team/dialog.py" line="167" />
            <location filename="../../ui/team/dialog.py" line="234" />
            <source>Team members</source>
            <translation>Membros da equipe</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="177" />
            <source>Add a salesperson…</source>
            <translation>Adicionar vendedor…</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="179" />
            <source>Disable…</source>
            <translation>Desativar…</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="181" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/team/dialog.py" line="217" />
            <source>%n open deal(s) stay theirs until you hand them over.</source>
            <translation>
                <numerusform>%n negócio aberto continua com essa pessoa até você repassá-lo.</numerusform>
                <numerusform>%n negócios abertos continuam com essa pessoa até você repassá-los.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="221" />
            <source>Disable login</source>
            <translation>Desativar login</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="222" />
            <source>{name} ({login}) will no longer be able to sign in.</source>
            <translation>{name} ({login}) não poderá mais entrar.</translation>
        </message>
        <message>
            <location filename="../../ui/team/dialog.py" line="230" />
            <source>Disable team member</source>
            <translation>Desativar membro da equipe</translation>
        </message>
    </context>
    <context>
        <name>TeamEntries</name>
        <message>
            <location filename="../../ui/team/entries.py" line="20" />
            <source>&amp;Connect to a team database…</source>
            <translation>&amp;Conectar a um banco de dados da equipe…</translation>
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
        <message>
            <location filename="../../ui/clients/timeline.py" line="43" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="44" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="45" />
            <source>Subject</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="46" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="47" />
            <source>Deal</source>
            <translation>Negócio</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="62" />
            <source>Merge undone</source>
            <translation>Mesclagem desfeita</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="62" />
            <source>Merged</source>
            <translation>Mesclado</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="70" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location filename="../../ui/clients/timeline.py" line="71" />
            <source>planned</source>
            <translation>planejado</translation>
        </message>
    </context>
    <context>
        <name>TodayDelegate</name>
        <message>
            <location filename="../../ui/today/delegate.py" line="86" />
            <source>Done</source>
            <translation>Concluir</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="86" />
            <source>Snooze ▾</source>
            <translation>Adiar ▾</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="88" />
            <location filename="../../ui/today/delegate.py" line="91" />
            <location filename="../../ui/today/delegate.py" line="93" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="91" />
            <source>Back to pipeline</source>
            <translation>Voltar ao funil</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="93" />
            <source>Add next step</source>
            <translation>Próximo passo</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="98" />
            <source>Mark done, note the outcome and schedule the next step (D)</source>
            <translation>Concluir, anotar o resultado e agendar o próximo passo (D)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="99" />
            <source>Later today, tomorrow morning, next Monday or a week later (S)</source>
            <translation>Mais tarde hoje, amanhã de manhã, na próxima segunda ou daqui a uma semana (S)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="100" />
            <source>Open the deal (Enter)</source>
            <translation>Abrir o negócio (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="101" />
            <source>Back to the stage it was parked from (B)</source>
            <translation>Voltar para a etapa de onde foi adiado (B)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="102" />
            <source>Schedule the next step for this deal (N)</source>
            <translation>Agendar o próximo passo deste negócio (N)</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="103" />
            <source>Call</source>
            <translation>Ligar</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="104" />
            <source>Write an e-mail</source>
            <translation>Escrever e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="142" />
            <location filename="../../ui/today/delegate.py" line="341" />
            <source>Any time</source>
            <translation>Qualquer horário</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="285" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/delegate.py" line="339" />
            <location filename="../../ui/today/delegate.py" line="357" />
            <source>%n d late</source>
            <translation>
                <numerusform>%n d de atraso</numerusform>
                <numerusform>%n d de atraso</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="349" />
            <source>repeats</source>
            <translation>repete</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="360" />
            <source>back to %1</source>
            <translation>volta para %1</translation>
        </message>
        <message>
            <location filename="../../ui/today/delegate.py" line="372" />
            <source>no next step</source>
            <translation>sem próximo passo</translation>
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
                <numerusform>%n d na etapa</numerusform>
                <numerusform>%n d na etapa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayEmpty</name>
        <message>
            <location filename="../../ui/today/empty.py" line="24" />
            <source>Open the board</source>
            <translation>Abrir o quadro</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="31" />
            <source>Nothing due — next follow-up on %1</source>
            <translation>Nada pendente — próximo retorno: %1</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="34" />
            <source>A good day to call a client you have not heard from.</source>
            <translation>Um bom dia para ligar para um cliente que sumiu.</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="40" />
            <source>Nothing due</source>
            <translation>Nada pendente</translation>
        </message>
        <message>
            <location filename="../../ui/today/empty.py" line="41" />
            <source>Follow-ups show up here on the day they are due. Give a deal its next step (a call, a meeting) in its card, or park it in Future sales with a day to call back.</source>
            <translation>Os retornos aparecem aqui no dia marcado. Dê a um negócio o próximo passo (uma ligação, uma reunião) no cartão dele, ou adie-o para Vendas futuras com um dia para ligar de volta.</translation>
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
            <location filename="../../ui/today/page.py" line="75" />
            <location filename="../../ui/today/page.py" line="155" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="164" />
            <source>Overdue</source>
            <translation>Atrasadas</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="165" />
            <source>Due today</source>
            <translation>Para hoje</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="166" />
            <source>Next %n days</source>
            <translation>
                <numerusform>Próximo %n dia</numerusform>
                <numerusform>Próximos %n dias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="167" />
            <source>Returning from future sales</source>
            <translation>Voltando das vendas futuras</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="168" />
            <source>Stalled deals</source>
            <translation>Negócios parados</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="220" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n atrasada</numerusform>
                <numerusform>%n atrasadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="223" />
            <source>%n due today</source>
            <translation>
                <numerusform>%n para hoje</numerusform>
                <numerusform>%n para hoje</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="225" />
            <source>%n returning</source>
            <translation>
                <numerusform>%n voltando</numerusform>
                <numerusform>%n voltando</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today/page.py" line="227" />
            <source>%n stalled</source>
            <translation>
                <numerusform>%n parado</numerusform>
                <numerusform>%n parados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="431" />
            <source>Mark done…</source>
            <translation>Concluir…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="433" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="436" />
            <source>Back to pipeline</source>
            <translation>Voltar ao funil</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="438" />
            <source>Back to another stage…</source>
            <translation>Voltar para outra etapa…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="439" />
            <location filename="../../ui/today/page.py" line="441" />
            <source>Add next step…</source>
            <translation>Próximo passo…</translation>
        </message>
        <message>
            <location filename="../../ui/today/page.py" line="443" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
    </context>
    <context>
        <name>TodayScope</name>
        <message>
            <location filename="../../ui/today/scope.py" line="29" />
            <source>Whose follow-ups and deals Today shows</source>
            <translation>De quem são as tarefas e negócios mostrados em Hoje</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="53" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="85" />
            <source>Showing all pipelines</source>
            <translation>Mostrando todos os funis</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="89" />
            <source>Showing all pipelines · &lt;a href='one'&gt;only %1&lt;/a&gt;</source>
            <translation>Mostrando todos os funis · &lt;a href='one'&gt;só %1&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/today/scope.py" line="91" />
            <source>Showing %1 · &lt;a href='all'&gt;show all pipelines&lt;/a&gt;</source>
            <translation>Mostrando %1 · &lt;a href='all'&gt;mostrar todos os funis&lt;/a&gt;</translation>
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
            <translation>Mostrar o Funnel</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="52" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="54" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="83" />
            <source>Funnel is still running</source>
            <translation>O Funnel continua aberto</translation>
        </message>
        <message>
            <location filename="../../ui/reminders/tray.py" line="85" />
            <source>Reminders keep coming while Funnel is in the tray. Quit it from the tray menu.</source>
            <translation>Os lembretes continuam chegando enquanto o Funnel está na bandeja. Para sair, use o menu da bandeja.</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../../ui/lists/undo_bar.py" line="37" />
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <location filename="../../ui/lists/undo_bar.py" line="40" />
            <source>Take this back (Ctrl+Z)</source>
            <translation>Desfazer isto (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/lists/undo_bar.py" line="47" />
            <source>Dismiss (Esc)</source>
            <translation>Fechar (Esc)</translation>
        </message>
    </context>
    <context>
        <name>UsersMenu</name>
        <message>
            <location filename="../../ui/team/menu.py" line="25" />
            <source>&amp;Users</source>
            <translation>&amp;Usuários</translation>
        </message>
        <message>
            <location filename="../../ui/team/menu.py" line="30" />
            <source>&amp;Team members…</source>
            <translation>Membros da &amp;equipe…</translation>
        </message>
    </context>
    <context>
        <name>WonDialog</name>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="98" />
            <source>Mark deal won</source>
            <translation>Marcar negócio como ganho</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="102" />
            <source>Choose or type a reason (optional)</source>
            <translation>Escolha ou digite um motivo (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="106" />
            <source>Why was “%1” won?</source>
            <translation>Por que “%1” foi ganho?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="108" />
            <source>Why was the deal won?</source>
            <translation>Por que o negócio foi ganho?</translation>
        </message>
        <message>
            <location filename="../../ui/deals/lost_reason_dialog.py" line="122" />
            <source>Mark won</source>
            <translation>Marcar como ganho</translation>
        </message>
    </context>
</TS>

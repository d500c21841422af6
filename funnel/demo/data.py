"""Words the demo data is made of, per language of the client ("ru", "pt_BR",
"en"), plus the few things named in the language of the database (owners, the
wholesale pipeline, tags).

E-mail domains are reserved ones (`example.com`, `*.example.com`, RFC 2606) so
a campaign run on a demo file can never reach a real mailbox.
"""

from __future__ import annotations

LANGUAGES = ("ru", "pt_BR", "en")
LANGUAGE_WEIGHTS = (40, 30, 30)
CURRENCY = {"ru": "RUB", "pt_BR": "BRL", "en": "USD"}
LANGUAGE_OF_CURRENCY = {"RUB": "ru", "BRL": "pt_BR", "USD": "en"}

# A typical (median) deal in each currency; values are log-normal around it.
MEDIAN_VALUE = {"RUB": 90_000, "BRL": 4_500, "USD": 1_500}

# Local office hours in UTC (Moscow UTC+3, São Paulo UTC−3, US Eastern UTC−5):
# history timestamps fall in the working day of the client's side.
OFFICE_HOURS_UTC = {"ru": (6, 16), "pt_BR": (12, 21), "en": (14, 23)}

FIRST_NAMES = {
    "ru": (
        (
            "Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём",
            "Илья", "Кирилл", "Михаил", "Никита", "Иван", "Евгений", "Павел", "Роман",
            "Владимир", "Олег", "Игорь", "Виктор", "Николай", "Константин", "Денис",
            "Антон", "Юрий", "Григорий", "Станислав", "Вадим", "Егор",
        ),
        (
            "Анна", "Мария", "Елена", "Ольга", "Наталья", "Екатерина", "Татьяна", "Ирина",
            "Светлана", "Юлия", "Анастасия", "Дарья", "Ксения", "Полина", "Алина",
            "Марина", "Виктория", "Людмила", "Валерия", "Вера", "Галина", "Софья",
            "Евгения", "Надежда", "Оксана", "Лариса",
        ),
    ),
    "pt_BR": (
        (
            "João", "Pedro", "Lucas", "Gabriel", "Matheus", "Rafael", "Gustavo", "Felipe",
            "Bruno", "Thiago", "Rodrigo", "Carlos", "Eduardo", "Marcelo", "Fernando",
            "André", "Leonardo", "Diego", "Ricardo", "Paulo", "Vinícius", "Daniel", "Caio",
            "Renato", "José", "Antônio",
        ),
        (
            "Maria", "Ana", "Juliana", "Camila", "Fernanda", "Beatriz", "Larissa", "Amanda",
            "Letícia", "Gabriela", "Mariana", "Patrícia", "Aline", "Bruna", "Carolina",
            "Vanessa", "Luana", "Renata", "Tatiane", "Isabela", "Júlia", "Natália",
            "Sabrina", "Débora", "Cláudia", "Simone",
        ),
    ),
    "en": (
        (
            "James", "John", "Michael", "David", "Robert", "William", "Daniel", "Matthew",
            "Christopher", "Andrew", "Joshua", "Ryan", "Brian", "Kevin", "Jason", "Eric",
            "Steven", "Thomas", "Mark", "Justin", "Nathan", "Tyler", "Brandon", "Scott",
        ),
        (
            "Emily", "Sarah", "Jessica", "Jennifer", "Ashley", "Amanda", "Elizabeth",
            "Megan", "Lauren", "Rachel", "Hannah", "Nicole", "Stephanie", "Samantha",
            "Katherine", "Olivia", "Emma", "Rebecca", "Laura", "Michelle", "Heather", "Amy",
            "Kimberly", "Chloe",
        ),
    ),
}  # fmt: skip

# Russian surnames in the masculine form; `feminine_surname` derives the other.
SURNAMES = {
    "ru": (
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
        "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов",
        "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов",
        "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
        "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов",
        "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов",
        "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
        "Герасимов", "Богданов", "Осипов", "Сидоров", "Вишневский", "Покровский",
        "Шевченко", "Бондаренко", "Черных", "Мельник",
    ),
    "pt_BR": (
        "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves",
        "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida",
        "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias",
        "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes",
        "Freitas", "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo",
        "Correia", "Pinto", "Cavalcanti", "Monteiro",
    ),
    "en": (
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas",
        "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
        "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
        "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
        "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper",
        "Peterson", "Reed", "Bailey", "Kelly", "Howard", "O'Connor", "Sullivan",
        "Bennett", "Hughes", "Foster", "Patel", "Nguyen", "Kim", "Chen",
    ),
}  # fmt: skip

# The distinctive part of a company name; `people.company_name` adds the legal form.
COMPANY_CORES = {
    "ru": (
        "Стройинвест", "ТехноСервис", "Вектор", "Гранит", "Альфа-Трейд", "Меридиан",
        "Промснаб", "Сибирь-Агро", "Уралмет", "Континент", "Атлант", "Инфолайн",
        "Глобус", "Восход", "Эталон", "Профмебель", "Город мастеров", "Зелёный сад",
        "Авангард", "Оптима", "Ресурс", "Навигатор", "Феникс", "Арсенал", "Сфера",
        "Бизнес-Консалт", "Северная верфь", "Теплодом", "Кофейный дом", "Медтехника",
    ),
    "pt_BR": (
        "Construtora Horizonte", "Padaria Pão Dourado", "Casa Verde Paisagismo",
        "Auto Peças Rodovia", "Clínica Sorriso", "Tech Sul Sistemas",
        "Distribuidora Boa Vista", "Mercado Bom Preço", "Ótica Visão", "Agro Cerrado",
        "Móveis Aurora", "Escola Saber", "Estúdio Criativo", "Transportes Rápido",
        "Farmácia Vida", "Café Montanha", "Academia Movimento", "Imobiliária Porto Seguro",
        "Gráfica Arte Nova", "Laticínios Serra Azul", "Pet Shop Amigo Fiel",
        "Restaurante Sabor Mineiro",
    ),
    "en": (
        "Brightline Interiors", "Summit Logistics", "Blue Harbor Dental",
        "Oak & Iron Fitness", "Pioneer Roofing", "Greenleaf Landscaping",
        "Northstar Analytics", "Maple Street Bakery", "Redwood Consulting",
        "Silverline Media", "Cornerstone Realty", "Lakeside Auto", "Evergreen Solar",
        "Harbor View Hotel", "Apex Manufacturing", "Bluebird Cafe", "Keystone Legal",
        "Riverbend Clinic", "Crestview Academy", "Ironwood Builders", "Copper Kettle Catering",
        "Trailhead Outfitters",
    ),
}  # fmt: skip

COMPANY_FORMS = {
    "ru": ("ООО «{}»", "ООО «{}»", "ООО «{}»", "АО «{}»", "ГК «{}»"),
    "pt_BR": ("{} Ltda", "{} Ltda", "{} Comércio Ltda", "{} ME", "{} S.A."),
    "en": ("{} LLC", "{} LLC", "{} Inc.", "{} Co.", "{} Group"),
}

PERSONAL_MAIL_DOMAINS = ("example.com", "example.org", "example.net")

# Mobile and city prefixes that exist in each country.
RU_MOBILE_CODES = (
    "900", "901", "903", "905", "906", "909", "910", "912", "915", "916", "917", "919",
    "920", "921", "925", "926", "929", "950", "951", "952", "960", "961", "977", "985",
    "987", "999",
)  # fmt: skip
BR_AREA_CODES = ("11",) * 6 + ("21", "21", "31", "41", "47", "51", "61", "71", "81", "85", "19")
US_AREA_CODES = (
    "212", "646", "718", "312", "773", "415", "628", "305", "786", "512", "617", "206",
    "303", "404", "602", "702", "713", "214", "503", "615", "704", "919",
)  # fmt: skip

# Channel names are the same in every language, so a campaign can filter on them.
SOURCES = {
    "ru": {"site": 25, "VK": 15, "Instagram": 10, "Telegram": 10, "referral": 15,
           "cold call": 10, "exhibition": 6, "WhatsApp": 4, "Avito": 5},
    "pt_BR": {"site": 20, "Instagram": 25, "WhatsApp": 20, "Facebook": 5, "referral": 15,
              "cold call": 5, "exhibition": 5, "Google Ads": 5},
    "en": {"site": 30, "Google Ads": 15, "LinkedIn": 10, "Facebook": 5, "Instagram": 5,
           "referral": 20, "cold call": 10, "exhibition": 5},
}  # fmt: skip

# Tags are typed by the user, so they are in the database's language.
TAGS = {
    "ru": ("VIP", "B2B", "постоянный", "рассылка", "скидка", "партнёр", "крупный заказ", "сложный"),
    "pt_BR": ("VIP", "B2B", "recorrente", "newsletter", "desconto", "parceiro",
              "pedido grande", "exigente"),
    "en": ("VIP", "B2B", "repeat", "newsletter", "discount", "partner", "big order", "picky"),
}  # fmt: skip

PHONE_LABELS = {
    "ru": ("мобильный", "рабочий"),
    "pt_BR": ("celular", "comercial"),
    "en": ("mobile", "work"),
}

# (title, value scale): an office renovation is worth more than a logo.
DEAL_TITLES = {
    "ru": (
        ("Поставка оборудования", 2.5), ("Кухонный гарнитур", 1.0), ("Ремонт офиса", 3.0),
        ("Разработка сайта", 1.2), ("Внедрение CRM", 2.0), ("Годовое обслуживание", 1.5),
        ("Обучение персонала", 1.0), ("Стеллажи для склада", 1.5),
        ("Шкаф-купе на заказ", 0.8), ("Фотосъёмка свадьбы", 0.5),
        ("Установка кондиционеров", 0.7), ("Видеонаблюдение для магазина", 0.7),
        ("Бухгалтерское сопровождение", 0.5), ("Продвижение в соцсетях", 0.6),
        ("Ноутбуки для отдела продаж", 2.0), ("Корпоратив на 40 человек", 1.0),
        ("Монтаж вентиляции", 1.5), ("Логотип и фирменный стиль", 0.6),
        ("Аренда спецтехники", 1.8), ("Поставка стройматериалов", 2.0),
    ),
    "pt_BR": (
        ("Reforma do escritório", 3.0), ("Móveis planejados para cozinha", 1.0),
        ("Criação de site", 1.2), ("Fornecimento de equipamentos", 2.5),
        ("Consultoria tributária", 1.0), ("Implantação de CRM", 2.0),
        ("Contrato anual de manutenção", 1.5), ("Ensaio fotográfico de casamento", 0.5),
        ("Instalação de painéis solares", 3.0), ("Treinamento da equipe", 1.0),
        ("Prateleiras para depósito", 1.5), ("Reforma do banheiro", 1.5),
        ("Identidade visual", 0.6), ("Buffet para evento", 0.8),
        ("Notebooks para a equipe", 2.0), ("Gestão de redes sociais", 0.6),
        ("Câmeras de segurança", 0.7), ("Ar-condicionado para a loja", 0.7),
        ("Guarda-roupa planejado", 0.8), ("Serviços de contabilidade", 0.5),
    ),
    "en": (
        ("Kitchen furniture set", 1.0), ("Office renovation", 3.0),
        ("Website redesign", 1.2), ("CRM implementation", 2.0),
        ("Annual service contract", 1.5), ("Equipment supply", 2.5),
        ("Wedding photo package", 0.5), ("Solar panel installation", 3.0),
        ("Corporate training", 1.0), ("Warehouse shelving", 1.5), ("Bathroom remodel", 1.5),
        ("Logo and brand book", 0.6), ("Conference catering", 0.8),
        ("Laptops for the team", 2.0), ("SEO for six months", 0.8),
        ("Security cameras", 0.7), ("HVAC maintenance", 0.6), ("Custom wardrobe", 0.8),
        ("Bookkeeping services", 0.5), ("Delivery van lease", 2.5),
    ),
}  # fmt: skip

THOUSANDS = {"ru": "\u00a0", "pt_BR": ".", "en": ","}  # 2 000 шт., 2.000 camisetas, 2,000 chairs

# Wholesale orders: (title with `{q}` for the quantity, price of one unit in USD).
WHOLESALE_TITLES = {
    "ru": (
        ("Опт: офисные кресла, {q} шт.", 70),
        ("Опт: кофе в зёрнах, {q} кг", 12),
        ("Опт: светодиодные панели, {q} шт.", 20),
        ("Опт: футболки с логотипом, {q} шт.", 5),
        ("Опт: керамогранит, {q} м²", 15),
        ("Опт: бумага А4, {q} пачек", 4),
        ("Опт: питьевая вода, {q} бутылей", 3),
        ("Опт: моющие средства, {q} л", 2),
    ),
    "pt_BR": (
        ("Pedido atacado: {q} cadeiras de escritório", 80),
        ("Pedido atacado: {q} kg de café", 10),
        ("Pedido atacado: {q} painéis de LED", 20),
        ("Pedido atacado: {q} camisetas", 5),
        ("Pedido atacado: {q} m² de porcelanato", 12),
        ("Pedido atacado: {q} resmas de papel A4", 5),
        ("Pedido atacado: {q} galões de água", 3),
        ("Pedido atacado: {q} L de produtos de limpeza", 2),
    ),
    "en": (
        ("Wholesale order: {q} office chairs", 110),
        ("Wholesale order: {q} kg of coffee beans", 14),
        ("Wholesale order: {q} LED panels", 30),
        ("Wholesale order: {q} branded T-shirts", 7),
        ("Wholesale order: {q} sq ft of tile", 3),
        ("Wholesale order: {q} reams of paper", 6),
        ("Wholesale order: {q} water jugs", 8),
        ("Wholesale order: {q} gal of cleaning supplies", 9),
    ),
}  # fmt: skip
WHOLESALE_LOTS = (50, 100, 200, 250, 500, 1000, 2000)
# Units of each currency per US dollar, rounded: wholesale prices are set per unit.
USD_RATE = {"RUB": 85, "BRL": 5.5, "USD": 1}

# The second sales pipeline, named in the database's language.
WHOLESALE_PIPELINE = {
    "ru": ("Опт", [("Заявка", 5, 10), ("Прайс отправлен", 10, 30),
                   ("Пробная партия", 21, 50), ("Договор", 14, 80)]),
    "pt_BR": ("Atacado", [("Solicitação", 5, 10), ("Tabela enviada", 10, 30),
                          ("Pedido teste", 21, 50), ("Contrato", 14, 80)]),
    "en": ("Wholesale", [("Request", 5, 10), ("Price list sent", 10, 30),
                         ("Trial order", 21, 50), ("Contract", 14, 80)]),
}  # fmt: skip

OWNERS = {
    "ru": ("Ольга Смирнова", "Дмитрий Козлов", "Ирина Волкова", "Алексей Новиков"),
    "pt_BR": ("Camila Rocha", "Rafael Almeida", "Juliana Costa", "Bruno Ferreira"),
    "en": ("Sarah Miller", "David Chen", "Laura Gomez", "Mike O'Brien"),
}

ACTIVITY_KINDS = ("call", "email", "meeting", "task")
ACTIVITY_KIND_WEIGHTS = (40, 25, 15, 20)

ACTIVITY_SUBJECTS = {
    "ru": {
        "call": ("Перезвонить по КП", "Уточнить сроки поставки", "Первый звонок",
                 "Обсудить скидку", "Напомнить об оплате", "Узнать решение"),
        "email": ("Отправить КП", "Выслать договор", "Отправить прайс-лист",
                  "Письмо с итогами встречи", "Выслать счёт"),
        "meeting": ("Встреча в офисе клиента", "Демонстрация продукта", "Замер на объекте",
                    "Подписание договора"),
        "task": ("Подготовить смету", "Согласовать спецификацию", "Проверить оплату",
                 "Подготовить презентацию"),
    },
    "pt_BR": {
        "call": ("Ligar para discutir a proposta", "Confirmar prazo de entrega",
                 "Primeiro contato", "Negociar desconto", "Lembrar do pagamento",
                 "Saber a decisão"),
        "email": ("Enviar proposta", "Enviar contrato", "Enviar tabela de preços",
                  "Resumo da reunião por e-mail", "Enviar boleto"),
        "meeting": ("Reunião no cliente", "Demonstração do produto", "Visita técnica",
                    "Assinatura do contrato"),
        "task": ("Preparar orçamento", "Revisar especificação", "Conferir pagamento",
                 "Preparar apresentação"),
    },
    "en": {
        "call": ("Call to discuss the proposal", "Confirm delivery dates", "Intro call",
                 "Negotiate the discount", "Payment reminder call", "Ask for the decision"),
        "email": ("Send the proposal", "Send the contract", "Send the price list",
                  "Meeting recap e-mail", "Send the invoice"),
        "meeting": ("Meeting at the client's office", "Product demo", "On-site measurement",
                    "Contract signing"),
        "task": ("Prepare the estimate", "Review the specification", "Check the payment",
                 "Prepare the presentation"),
    },
}  # fmt: skip

RECURRING = {
    "ru": (("Еженедельный созвон", "FREQ=WEEKLY;BYDAY=MO"),
           ("Отчёт по поставкам", "FREQ=MONTHLY;BYMONTHDAY=1"),
           ("Сверка остатков", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR")),
    "pt_BR": (("Ligação semanal de acompanhamento", "FREQ=WEEKLY;BYDAY=MO"),
              ("Relatório mensal de pedidos", "FREQ=MONTHLY;BYMONTHDAY=1"),
              ("Conferir estoque do cliente", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR")),
    "en": (("Weekly check-in call", "FREQ=WEEKLY;BYDAY=MO"),
           ("Monthly order review", "FREQ=MONTHLY;BYMONTHDAY=1"),
           ("Stock check with the client", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR")),
}  # fmt: skip

OUTCOMES = {
    "ru": ("Не дозвонился, оставил сообщение", "Интересно, просит КП до пятницы",
           "КП получили, изучают", "Договорились о встрече на следующей неделе",
           "Просит скидку 10%", "Решение после согласования с директором",
           "Счёт отправлен", "Всё устраивает, ждём оплату", "Перезвонить через неделю",
           "Сравнивают с конкурентом"),
    "pt_BR": ("Não atendeu, deixei recado", "Interessado, pediu proposta até sexta",
              "Recebeu a proposta, está analisando", "Reunião marcada para a próxima semana",
              "Pediu 10% de desconto", "Decisão depois de falar com o sócio",
              "Boleto enviado", "Tudo certo, aguardando pagamento",
              "Retornar em uma semana", "Comparando com um concorrente"),
    "en": ("No answer, left a voicemail", "Interested, wants a quote by Friday",
           "Got the proposal, reviewing it", "Meeting booked for next week",
           "Asked for a 10% discount", "Decision after talking to their boss",
           "Invoice sent", "All good, waiting for the payment", "Call back in a week",
           "Comparing us with a competitor"),
}  # fmt: skip

NOTES = {
    "ru": ("Предпочитает WhatsApp, звонить после 14:00", "Бюджет согласован до конца квартала",
           "ЛПР — генеральный директор, секретарь не соединяет",
           "Был у конкурентов, не понравился сервис", "Нужна доставка в регион",
           "Просили не писать в выходные", "Важен срок: открытие магазина в следующем месяце"),
    "pt_BR": ("Prefere WhatsApp, ligar depois das 14h", "Orçamento aprovado até o fim do trimestre",
              "Quem decide é o sócio; a recepção não passa a ligação",
              "Já comprou da concorrência e não gostou do atendimento",
              "Precisa de entrega no interior", "Pediu para não mandar mensagem no fim de semana",
              "O prazo é importante: inauguração no mês que vem"),
    "en": ("Prefers WhatsApp, call after 2 pm", "Budget approved until the end of the quarter",
           "The owner decides; the front desk won't put calls through",
           "Tried a competitor and didn't like the service", "Needs delivery out of state",
           "Asked us not to text on weekends", "Deadline matters: store opens next month"),
}  # fmt: skip

PARK_REASONS = {
    "ru": ("Не готов в этом месяце", "Бюджет в следующем квартале", "Перезвонить после праздников",
           "Ждут переезда в новый офис"),
    "pt_BR": ("Não está pronto este mês", "Orçamento só no próximo trimestre",
              "Retornar depois das férias", "Aguardando a mudança de endereço"),
    "en": ("Not ready this month", "Budget next quarter", "Call back after the holidays",
           "Waiting for their office move"),
}  # fmt: skip

CALL_BACK_SUBJECT = {
    "ru": "Вернуться к клиенту",
    "pt_BR": "Retomar contato com o cliente",
    "en": "Get back to the client",
}

ARCHIVE_REASONS = {
    "ru": "Не ответил после письма о закрытии заявки",
    "pt_BR": "Sem resposta após a mensagem de encerramento",
    "en": "No reply to the 'we will close your request' message",
}

LOST_REASONS = {
    "ru": ("Дорого", "Выбрал конкурента", "Нет бюджета", "Не отвечает", "Не наш клиент"),
    "pt_BR": ("Preço alto", "Escolheu um concorrente", "Sem orçamento", "Sem resposta",
              "Não é o perfil"),
    "en": ("Price too high", "Chose a competitor", "No budget", "No response", "Not a fit"),
}  # fmt: skip

RU_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip

#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand167 set.

Real media names are used as outlets; every event, company, chatbot, person, figure and quote
is invented. No text is copied from any real article."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# a01: Handelsblatt's own scoop (three anonymous people familiar with the talks) relayed 4x:
# fr "selon le quotidien économique allemand Handelsblatt, qui cite trois sources" + "précise le
# journal" + "Contactée par Les Echos, Sprachfabrik n'a pas donné suite" (unanswered: no own
# reporting); es "según adelanta el diario económico alemán Handelsblatt" + "El rotativo cita" +
# background mention of the Financial Times (not a source); ru "сообщает немецкая деловая газета
# Handelsblatt со ссылкой на три источника" + "По данным издания"; en "German business daily
# Handelsblatt reported on Tuesday, citing three people" + "told Handelsblatt".
story("a01_scoop_sprachfabrik_takeover", "scoop", {
"00_de.txt": """KI-Start-up Sprachfabrik verhandelt über Verkauf an US-Konzern Northbeam
Handelsblatt
02.03.2027 - 06:00 Uhr

Das Berliner KI-Start-up Sprachfabrik, Entwickler des Chatbots Kora, steht vor einem Verkauf in die USA. Der kalifornische Softwarekonzern Northbeam Systems verhandelt über eine Übernahme des Unternehmens für rund 1,2 Milliarden Euro, wie das Handelsblatt von drei mit den Gesprächen vertrauten Personen erfuhr. Eine Einigung könnte demnach noch vor Ostern verkündet werden.

Die Verhandlungen seien weit fortgeschritten, sagte einer der Insider. Northbeam habe die Prüfung der Bücher bereits abgeschlossen. Offen sei vor allem, ob die rund 340 Beschäftigten in Berlin und Leipzig vollständig übernommen werden. Ein zweiter Insider sagte, die Gründer Jonas Kettler und Miriam Adebayo-Roth sollten nach der Übernahme mindestens drei Jahre an Bord bleiben.

Sprachfabrik wollte sich auf Anfrage des Handelsblatts nicht äußern. Northbeam reagierte bis Redaktionsschluss nicht auf eine Anfrage.

Für die deutsche KI-Branche wäre der Verkauf ein Rückschlag. Sprachfabrik galt als einer der wenigen Hoffnungsträger für einen europäischen Sprachassistenten, der die Vorgaben der EU-KI-Verordnung von Anfang an erfüllt. Kora wird nach Unternehmensangaben von mehr als 2000 Firmenkunden genutzt, darunter Versicherer und Stadtverwaltungen.

Zuletzt hatte Sprachfabrik im Herbst 2025 in einer Finanzierungsrunde 180 Millionen Euro eingesammelt. Nach Informationen des Handelsblatts scheiterte eine weitere Runde im vergangenen Jahr, weil sich mehrere Geldgeber an der hohen Bewertung störten. Ein Sprecher des Bundesdigitalministeriums sagte, man äußere sich grundsätzlich nicht zu Transaktionen zwischen Unternehmen. Übernahmen durch Investoren außerhalb der EU könnten aber im Rahmen der Investitionsprüfung untersucht werden.
""",
"01_fr.txt": """L'allemand Sprachfabrik, créateur du chatbot Kora, en passe d'être racheté par l'américain Northbeam
Les Echos
2 mars 2027 à 11:48

Nouveau coup dur pour les ambitions européennes dans l'intelligence artificielle générative. La start-up berlinoise Sprachfabrik, qui développe l'assistant conversationnel Kora, négocie sa vente à l'éditeur de logiciels californien Northbeam Systems pour environ 1,2 milliard d'euros, selon le quotidien économique allemand Handelsblatt, qui cite trois sources proches des discussions.

Les négociations seraient bien avancées et un accord pourrait être annoncé avant Pâques, précise le journal. Northbeam aurait déjà achevé son audit de la société. Reste notamment à régler le sort des quelque 340 salariés basés à Berlin et à Leipzig. Les deux fondateurs, Jonas Kettler et Miriam Adebayo-Roth, s'engageraient à rester au moins trois ans, d'après le Handelsblatt.

Contactée par Les Echos, Sprachfabrik n'a pas donné suite. Northbeam n'a pas répondu au quotidien allemand.

Sprachfabrik revendique plus de 2.000 entreprises clientes, parmi lesquelles des assureurs et des administrations locales. Elle avait levé 180 millions d'euros à l'automne 2025. En France aussi, plusieurs start-up du secteur peinent à boucler de nouveaux tours de table face à la concurrence des géants américains, dont les budgets de calcul se comptent en dizaines de milliards de dollars.

Une éventuelle acquisition pourrait être examinée par le gouvernement allemand au titre du contrôle des investissements étrangers.
""",
"02_es.txt": """La estadounidense Northbeam negocia la compra de la alemana Sprachfabrik por 1.200 millones
Expansión
02/03/2027 13:05

El grupo de software californiano Northbeam Systems negocia la adquisición de Sprachfabrik, la start up berlinesa de inteligencia artificial creadora del chatbot Kora, en una operación que valoraría la compañía en unos 1.200 millones de euros, según adelanta el diario económico alemán Handelsblatt.

El rotativo cita a tres personas conocedoras de las conversaciones, que describen las negociaciones como muy avanzadas. El acuerdo podría anunciarse antes de Semana Santa. Según el periódico alemán, Northbeam ya ha completado la revisión de las cuentas de la empresa, y los fundadores, Jonas Kettler y Miriam Adebayo-Roth, se comprometerían a seguir en la compañía al menos tres años.

Sprachfabrik declinó hacer comentarios al Handelsblatt, mientras que Northbeam no respondió.

La operación se produciría en plena aplicación del Reglamento europeo de Inteligencia Artificial, cuyas obligaciones para los modelos de uso general llevan más de un año en vigor. Sprachfabrik había hecho del cumplimiento normativo uno de sus principales argumentos comerciales frente a los grandes grupos estadounidenses.

El Financial Times publicó el año pasado que varias tecnológicas de Estados Unidos estaban explorando compras de empresas europeas de IA para reforzar su presencia en el continente. En España, Sprachfabrik cuenta con clientes en el sector asegurador, aunque no tiene oficina propia.
""",
"03_ru.txt": """Handelsblatt: американская Northbeam ведет переговоры о покупке немецкого разработчика чат-бота Kora
РБК
2 марта 2027, 14:22

Калифорнийская компания Northbeam Systems, разработчик корпоративного программного обеспечения, ведет переговоры о покупке берлинского стартапа Sprachfabrik, создателя чат-бота Kora. Сумма сделки может составить около €1,2 млрд, сообщает немецкая деловая газета Handelsblatt со ссылкой на три источника, знакомых с ходом переговоров.

По данным издания, стороны близки к соглашению, и о сделке могут объявить до Пасхи. Northbeam уже завершила проверку финансового состояния стартапа. Нерешенным остается вопрос о судьбе около 340 сотрудников компании в Берлине и Лейпциге. Основатели Sprachfabrik Йонас Кеттлер и Мириам Адебайо-Рот, как пишет газета, должны остаться в компании как минимум на три года после закрытия сделки.

В Sprachfabrik отказались от комментариев Handelsblatt. Northbeam на запрос газеты не ответила.

Sprachfabrik считалась одним из самых перспективных европейских разработчиков языковых моделей. Осенью 2025 года компания привлекла €180 млн. Чат-ботом Kora, по данным самой компании, пользуются более 2 тыс. корпоративных клиентов, в том числе страховые компании и городские администрации.

Покупки европейских ИИ-компаний американскими корпорациями в последние годы привлекают все больше внимания регуляторов: в Германии подобные сделки с участием инвесторов не из ЕС могут быть проверены правительством.
""",
"04_en.txt": """Northbeam in talks to buy Berlin chatbot maker Sprachfabrik for €1.2bn, Handelsblatt says
Sifted
March 2, 2027

US software group Northbeam Systems is in advanced talks to acquire Sprachfabrik, the Berlin-based startup behind the Kora chatbot, in a deal worth around €1.2bn, German business daily Handelsblatt reported on Tuesday, citing three people with knowledge of the talks.

A deal could be announced before Easter, Handelsblatt said. According to the newspaper, Northbeam has already finished due diligence, while the future of Sprachfabrik's roughly 340 staff in Berlin and Leipzig is still being negotiated. Cofounders Jonas Kettler and Miriam Adebayo-Roth would commit to staying on for at least three years, one of the people told Handelsblatt.

Sprachfabrik declined to comment to the paper. Northbeam did not respond to Handelsblatt's request for comment.

If it goes ahead, the sale would be one of the largest acquisitions of a European AI company by a US buyer, and a blow to policymakers in Berlin and Brussels who have pitched homegrown, AI Act-compliant models as an alternative to American chatbots.

Sprachfabrik last raised €180m in autumn 2025. It says more than 2,000 businesses, including insurers and local councils, use Kora. European AI founders have long complained that late-stage capital on the continent is scarce, pushing many of them towards US buyers or investors.
""",
}, [
    {"name": "Handelsblatt", "in_corpus": True},
], [
    {"origin": "Handelsblatt", "article": "01_fr.txt"},
    {"origin": "Handelsblatt", "article": "02_es.txt"},
    {"origin": "Handelsblatt", "article": "03_ru.txt"},
    {"origin": "Handelsblatt", "article": "04_en.txt"},
], [
    {"text": "Northbeam Systems is in talks to buy the Berlin AI start-up Sprachfabrik, maker of the Kora chatbot, for about 1.2 billion euros.",
     "articles": ["00_de.txt", "01_fr.txt", "02_es.txt", "03_ru.txt", "04_en.txt"], "independent_sources": 1},
    {"text": "The founders Jonas Kettler and Miriam Adebayo-Roth would stay at least three years after the takeover.",
     "articles": ["00_de.txt", "01_fr.txt", "02_es.txt", "03_ru.txt", "04_en.txt"], "independent_sources": 1},
    {"text": "A deal could be announced before Easter.",
     "articles": ["00_de.txt", "01_fr.txt", "02_es.txt", "03_ru.txt", "04_en.txt"], "independent_sources": 1},
])

# a02: chain. Vedomosti's own scoop (draft bill seen by Vedomosti, two industry sources) ->
# The Moscow Times (en: "the business daily Vedomosti reported Thursday, citing a copy of the
# draft" + "told Vedomosti") -> es El País ("informa el diario en inglés The Moscow Times, que cita
# una información del periódico económico ruso Vedómosti": edge from The Moscow Times) and pt
# Público ("noticiou … o jornal independente The Moscow Times" + "De acordo com o The Moscow
# Times"). uk Економічна правда (no date line) takes it straight from Vedomosti ("пише російське
# ділове видання «Ведомости»" + "За інформацією «Ведомостей»" + "«Ведомостям» підтвердили") and has
# a background sentence about its own earlier interviews (not a source of this report).
story("a02_chain_chatbot_logs_bill", "chain", {
"00_ru.txt": """Минцифры предложило обязать владельцев чат-ботов хранить переписку пользователей три года
Ведомости
04.03.2027 07:00

Министерство цифрового развития подготовило законопроект, который обяжет владельцев чат-ботов с генеративным искусственным интеллектом хранить переписку пользователей в течение трех лет и передавать ее по запросу правоохранительных органов. Документ, с которым ознакомились «Ведомости», распространяется на сервисы с аудиторией более 500 000 пользователей в сутки.

Кроме того, такие сервисы должны будут войти в специальный реестр, который будет вести Роскомнадзор, и маркировать все сгенерированные изображения и видео. За нарушения законопроект предусматривает штрафы до 1% годовой выручки компании.

Законопроект разослан в крупные IT-компании для обсуждения, рассказали «Ведомостям» два собеседника в отрасли. Один из них назвал требование о трехлетнем хранении «технически и финансово неподъемным»: по его оценке, для крупных сервисов расходы на хранение данных вырастут в несколько раз. Второй собеседник сказал, что компании рассчитывают добиться сокращения срока до шести месяцев.

Представитель Минцифры подтвердил «Ведомостям», что ведомство работает над регулированием чат-ботов, но отказался обсуждать детали, назвав документ «рабочим вариантом». В пресс-службе Роскомнадзора на запрос не ответили.

Ранее в правительстве обсуждали обязательную маркировку контента, созданного нейросетями, однако соответствующие поправки в закон об информации так и не были внесены в Госдуму.
""",
"01_en.txt": """Russia Drafts Law Forcing Chatbot Owners to Store User Chats for Three Years
The Moscow Times
Mar. 4, 2027

Russia's Digital Development Ministry has drafted a bill that would require companies running generative AI chatbots to store users' conversations for three years and hand them over to law enforcement on request, the business daily Vedomosti reported Thursday, citing a copy of the draft.

The rules would apply to services with more than 500,000 daily users, according to Vedomosti. Such chatbots would also have to join a register kept by the state media watchdog Roskomnadzor and label all AI-generated images and videos. Violations could be punished with fines of up to 1% of a company's annual revenue.

The draft has been sent to major tech companies for feedback, two industry sources told Vedomosti. One of them called the three-year storage requirement "technically and financially impossible to meet."

A Digital Development Ministry spokesperson confirmed to the newspaper that work on chatbot regulation was underway but called the document a "working version."

The proposal follows a string of laws expanding data-retention rules for Russian internet companies. Under the so-called Yarovaya package adopted in 2016, telecom operators and messaging services are already obliged to store users' communications and metadata.

Russia's largest tech groups operate their own chatbots, which have grown in popularity since Western services became harder to access in the country.
""",
"02_es.txt": """Rusia quiere obligar a los chatbots a guardar las conversaciones de sus usuarios durante tres años
El País
04 mar 2027 - 16:30 CET

El Gobierno ruso prepara una ley que obligaría a las empresas que operan chatbots de inteligencia artificial generativa a conservar durante tres años las conversaciones de sus usuarios y a entregarlas a las fuerzas de seguridad cuando estas lo soliciten. Así lo informa el diario en inglés The Moscow Times, que cita una información del periódico económico ruso Vedómosti.

Según esa información, la norma afectaría a los servicios con más de 500.000 usuarios diarios, que además tendrían que inscribirse en un registro gestionado por Roskomnadzor, el regulador ruso de las comunicaciones, y etiquetar todas las imágenes y vídeos creados con IA. Las multas por incumplimiento podrían alcanzar el 1% de la facturación anual.

Fuentes del sector citadas por el medio califican de inasumible la obligación de almacenar tres años de conversaciones. El Ministerio de Desarrollo Digital se ha limitado a confirmar que trabaja en una regulación de los chatbots y ha descrito el texto como una versión de trabajo.

La iniciativa contrasta con el enfoque de la Unión Europea, cuyo reglamento de inteligencia artificial se centra en obligaciones de transparencia y gestión de riesgos y no impone la conservación masiva de datos de los usuarios. Organizaciones rusas de defensa de los derechos digitales han advertido en los últimos años de que la retención de datos facilita la vigilancia de los ciudadanos.
""",
"03_pt.txt": """Rússia prepara lei que obriga chatbots a guardar conversas dos utilizadores durante três anos
Público
4 de Março de 2027, 18:02

As empresas que gerem chatbots de inteligência artificial na Rússia poderão ser obrigadas a guardar durante três anos as conversas dos utilizadores e a entregá-las às autoridades sempre que estas o peçam. A medida consta de um projecto de lei do Ministério do Desenvolvimento Digital russo, noticiou esta quinta-feira o jornal independente The Moscow Times.

Segundo o jornal, editado em inglês a partir do exílio, as novas regras aplicar-se-iam a serviços com mais de 500 mil utilizadores diários. Estes teriam ainda de se inscrever num registo mantido pela Roskomnadzor, a entidade que supervisiona os meios de comunicação e a Internet na Rússia, e de identificar todas as imagens e vídeos gerados por IA. As multas poderão chegar a 1% da facturação anual.

De acordo com o The Moscow Times, o texto foi enviado às grandes tecnológicas russas para recolha de comentários, e uma fonte do sector considerou o prazo de três anos “técnica e financeiramente impossível”. O ministério confirmou que está a trabalhar na regulação dos chatbots, mas descreveu o documento como uma “versão de trabalho”.

A proposta surge numa altura em que a União Europeia aplica de forma faseada o seu Regulamento da Inteligência Artificial, que prevê obrigações de transparência para os chatbots, mas não a conservação generalizada das conversas.
""",
"04_uk.txt": """У Росії хочуть зобов'язати власників чат-ботів зберігати листування користувачів три роки
Економічна правда

Міністерство цифрового розвитку Росії розробило законопроєкт, який зобов'яже власників чат-ботів зі штучним інтелектом зберігати листування користувачів протягом трьох років і передавати його силовикам на їхній запит. Про це пише російське ділове видання «Ведомости» з посиланням на текст документа.

Вимоги стосуватимуться сервісів, якими щодня користуються понад 500 тис. людей. За інформацією «Ведомостей», такі чат-боти мають також потрапити до спеціального реєстру Роскомнагляду і маркувати всі згенеровані зображення та відео. За порушення передбачено штрафи до 1% річної виручки.

Співрозмовники видання в російських IT-компаніях назвали вимогу про трирічне зберігання технічно й фінансово непідйомною. У Мінцифри РФ «Ведомостям» підтвердили, що працюють над регулюванням чат-ботів, але назвали документ «робочим варіантом».

Російська влада останніми роками послідовно посилює контроль над інтернетом: блокує VPN-сервіси, уповільнює роботу іноземних платформ і вимагає від компаній зберігати дані користувачів на серверах у Росії. Експерти, з якими раніше спілкувалася «Економічна правда», вказували, що такі вимоги фактично перетворюють технологічні компанії на інструмент стеження за громадянами.
""",
}, [
    {"name": "Ведомости", "in_corpus": True},
], [
    {"origin": "Ведомости", "article": "01_en.txt"},
    {"origin": "The Moscow Times", "article": "02_es.txt"},
    {"origin": "The Moscow Times", "article": "03_pt.txt"},
    {"origin": "Ведомости", "article": "04_uk.txt"},
], [
    {"text": "Russia's Digital Development Ministry has drafted a bill obliging chatbot owners to store users' conversations for three years and hand them to law enforcement on request.",
     "articles": ["00_ru.txt", "01_en.txt", "02_es.txt", "03_pt.txt", "04_uk.txt"], "independent_sources": 1},
    {"text": "The rules would apply to services with more than 500,000 daily users.",
     "articles": ["00_ru.txt", "01_en.txt", "02_es.txt", "03_pt.txt", "04_uk.txt"], "independent_sources": 1},
    {"text": "Violations could be fined up to 1% of a company's annual revenue.",
     "articles": ["00_ru.txt", "01_en.txt", "02_es.txt", "03_pt.txt", "04_uk.txt"], "independent_sources": 1},
])

# a03: institution-published origin (outside): the AESIA's resolution published on its website.
# es El Mundo "según la resolución publicada este martes en su página web" + "Según recoge el
# documento" + "Parlanta no respondió a las preguntas de este diario" + background mention of La
# Vanguardia (not a source); pt Jornal de Notícias takes it from El Mundo ("avança o jornal espanhol
# El Mundo, que cita a resolução": chain, edge from El Mundo); de Der Standard "Das geht aus einem
# Bescheid hervor, den die Behörde … veröffentlicht hat" + "Laut dem Bescheid"; fr Le Monde "selon
# une décision publiée mardi 9 mars sur le site de l'agence" + "D'après ce document" + background
# mention of El País (not a source).
story("a03_document_aesia_chatbot_fine", "document", {
"00_es.txt": """Multa de 2,4 millones a Parlanta por no avisar de que su asistente 'Lía' era una máquina
El Mundo
Martes, 9 marzo 2027 - 12:47

La Agencia Española de Supervisión de la Inteligencia Artificial (AESIA) ha impuesto una multa de 2,4 millones de euros a la empresa madrileña Parlanta Tecnologías por no informar a los usuarios de su asistente conversacional Lía de que estaban hablando con un sistema de inteligencia artificial. Es la primera sanción que la agencia, con sede en A Coruña, impone en aplicación del reglamento europeo de IA, según la resolución publicada este martes en su página web.

Según recoge el documento, Lía atendió entre octubre de 2026 y enero de 2027 a más de 900.000 clientes de tres compañías eléctricas y una aseguradora que habían contratado el servicio de Parlanta. El asistente se presentaba con el nombre y la foto de una supuesta empleada y, en al menos 1.200 conversaciones, negó expresamente ser un programa cuando el usuario se lo preguntó.

La AESIA califica la infracción de «grave» y ordena a la empresa que, en un plazo de quince días, identifique de forma clara al asistente como un sistema automatizado. La resolución puede recurrirse ante la Audiencia Nacional.

Parlanta no respondió a las preguntas de este diario.

La Vanguardia ya informó el pasado noviembre de las quejas de varios usuarios que descubrieron que la «agente» con la que habían hablado durante semanas no existía. Las organizaciones de consumidores llevaban meses reclamando a la agencia que actuara.
""",
"01_pt.txt": """Espanha aplica primeira multa a um chatbot que se fazia passar por funcionária
Jornal de Notícias
09-03-2027 | 17:35

A agência espanhola que supervisiona a inteligência artificial multou em 2,4 milhões de euros uma empresa de Madrid cujo assistente virtual se apresentava aos clientes como uma funcionária de carne e osso, avança o jornal espanhol El Mundo, que cita a resolução da Agência Espanhola de Supervisão da Inteligência Artificial (AESIA).

De acordo com o diário madrileno, o assistente, chamado Lía, foi usado entre outubro de 2026 e janeiro deste ano por três elétricas e uma seguradora e falou com mais de 900 mil clientes. Em pelo menos 1200 conversas, o programa negou ser uma máquina quando o utilizador lho perguntou diretamente.

É a primeira sanção aplicada pela AESIA ao abrigo do regulamento europeu da inteligência artificial, que obriga os fornecedores a informar as pessoas de que estão a interagir com um sistema de IA. A empresa, Parlanta Tecnologías, tem 15 dias para identificar claramente o assistente como automático, refere o El Mundo.

A Parlanta não respondeu às perguntas do jornal espanhol.

Em Portugal, a fiscalização do regulamento europeu está repartida entre várias entidades, entre elas a ANACOM e a Comissão Nacional de Proteção de Dados, e nenhuma aplicou até agora sanções deste tipo.
""",
"02_de.txt": """Spanien verhängt erstmals Strafe nach KI-Verordnung: Chatbot gab sich als Mitarbeiterin aus
Der Standard
9. März 2027, 15:10

Die spanische Aufsichtsbehörde für künstliche Intelligenz (AESIA) hat erstmals eine Geldstrafe auf Grundlage der EU-KI-Verordnung verhängt. Das Madrider Unternehmen Parlanta Tecnologías muss 2,4 Millionen Euro zahlen, weil sein Chatbot Lía Kundinnen und Kunden nicht darüber informiert hat, dass sie mit einer Maschine sprechen. Das geht aus einem Bescheid hervor, den die Behörde am Dienstag auf ihrer Website veröffentlicht hat.

Laut dem Bescheid führte Lía zwischen Oktober 2026 und Jänner 2027 Gespräche mit mehr als 900.000 Kundinnen und Kunden von drei Stromanbietern und einer Versicherung. Der Chatbot trat mit dem Namen und dem Foto einer angeblichen Angestellten auf. In mindestens 1200 Fällen habe er auf direkte Nachfrage bestritten, ein Computerprogramm zu sein, hält die AESIA fest.

Die Behörde stuft den Verstoß als schwerwiegend ein. Parlanta muss den Chatbot binnen 15 Tagen klar als automatisiertes System kennzeichnen. Das Unternehmen ließ eine Anfrage des STANDARD zunächst unbeantwortet.

Die Transparenzpflichten der KI-Verordnung gelten seit August 2026. In Österreich ist die Zuständigkeit für die Durchsetzung noch nicht abschließend geregelt; die bei der RTR angesiedelte KI-Servicestelle berät derzeit vor allem Unternehmen.
""",
"03_fr.txt": """En Espagne, première amende pour un chatbot qui se faisait passer pour une employée
Le Monde
Publié le 09 mars 2027 à 18h20

C'est une première depuis l'entrée en application des obligations de transparence du règlement européen sur l'intelligence artificielle. L'Agence espagnole de supervision de l'intelligence artificielle (AESIA) a infligé une amende de 2,4 millions d'euros à la société madrilène Parlanta Tecnologías, selon une décision publiée mardi 9 mars sur le site de l'agence.

D'après ce document, l'assistant conversationnel de l'entreprise, baptisé Lía, a échangé avec plus de 900 000 clients de trois fournisseurs d'électricité et d'un assureur entre octobre 2026 et janvier 2027, sans leur indiquer qu'ils s'adressaient à une machine. Il se présentait sous le nom et la photo d'une prétendue salariée et a nié être un programme dans au moins 1 200 conversations où la question lui était posée.

L'AESIA qualifie l'infraction de « grave » et laisse quinze jours à Parlanta pour signaler clairement le caractère automatisé de son assistant. L'entreprise n'a pas répondu aux sollicitations du Monde.

Le règlement européen impose depuis août 2026 aux fournisseurs de systèmes d'IA d'informer les personnes qu'elles interagissent avec une IA. En France, la CNIL et la DGCCRF se partagent une partie de la surveillance de ces obligations, sans qu'aucune sanction comparable ait été prononcée à ce jour. Le quotidien espagnol El País avait consacré l'an dernier une enquête à ces « agents » virtuels dotés de faux visages humains utilisés par les services clients.
""",
}, [
    {"name": "AESIA", "in_corpus": False},
], [
    {"origin": "AESIA", "article": "00_es.txt"},
    {"origin": "El Mundo", "article": "01_pt.txt"},
    {"origin": "AESIA", "article": "02_de.txt"},
    {"origin": "AESIA", "article": "03_fr.txt"},
], [
    {"text": "Spain's AI supervision agency AESIA fined Parlanta Tecnologías 2.4 million euros because its chatbot Lía did not tell users they were talking to an AI system.",
     "articles": ["00_es.txt", "01_pt.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
    {"text": "In at least 1,200 conversations the chatbot Lía denied being a program when asked.",
     "articles": ["00_es.txt", "01_pt.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
    {"text": "Parlanta has fifteen days to identify the assistant clearly as an automated system.",
     "articles": ["00_es.txt", "01_pt.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
])

# a04: Ukrainska Pravda's own finding (journalists found an open server; the company's reaction
# "сказав «Українській правді»") and an uncredited, close Russian translation published hours later
# by Страна.ua (same paragraphs, same quote, same background sentence; keeps the traces "После
# запроса" and "В выборке, которую удалось проанализировать", no credit at all): edge from
# Українська правда, scenario translation. en The Kyiv Independent "Ukrainska Pravda reported" +
# "told Ukrainska Pravda" + unanswered own request (no own reporting); de Deutsche Welle "Das
# berichtet das ukrainische Onlineportal Ukrajinska Prawda" + "nach Angaben der Ukrajinska Prawda" +
# "gegenüber dem Portal".
story("a04_translation_homework_app_leak", "translation", {
"00_uk.txt": """Понад мільйон розмов дітей з ШІ-застосунком «Розумник» лежали у відкритому доступі
Українська правда
Середа, 10 березня 2027, 09:15

База даних популярного серед школярів застосунку «Розумник», який за допомогою штучного інтелекту допомагає робити домашні завдання, понад місяць була доступна в інтернеті без пароля. Як з'ясувала «Українська правда», у ній зберігалися 1,3 млн діалогів дітей з чат-ботом, а також імена користувачів, номери шкіл і класи.

Журналісти УП виявили сервер 3 березня під час перевірки відкритих баз даних за допомогою загальнодоступного пошукового сервісу. У вибірці, яку проаналізувала редакція, діти писали чат-боту не лише про математику й українську мову, а й про конфлікти з батьками, булінг та свої страхи. Частина записів містила номери телефонів.

Застосунок розробляє київська компанія «Бліц Лабс». За її даними, «Розумником» користуються близько 400 тис. учнів 5–11 класів.

Після запиту УП компанія закрила доступ до бази протягом двох годин. «Це була помилка конфігурації тестового сервера, на який потрапила копія даних. Ми вже повідомили про інцидент Уповноваженого Верховної Ради з прав людини і проводимо аудит», — сказав «Українській правді» співзасновник «Бліц Лабс» Остап Гнатюк. За його словами, доступ до бази могли отримати й сторонні особи, але доказів цього компанія поки не має.

Торік Держспецзв'язку вже попереджала про ризики для даних дітей в освітніх застосунках, однак перевірок таких сервісів в Україні ніхто систематично не проводить.
""",
"01_ru.txt": """Более миллиона разговоров детей с ИИ-приложением «Розумник» лежали в открытом доступе
Страна.ua
10 марта 2027, 13:40

База данных популярного среди школьников приложения «Розумник», которое с помощью искусственного интеллекта помогает делать домашние задания, больше месяца была доступна в интернете без пароля. В ней хранились 1,3 млн диалогов детей с чат-ботом, а также имена пользователей, номера школ и классы.

Сервер обнаружили 3 марта во время проверки открытых баз данных с помощью общедоступного поискового сервиса. В выборке, которую удалось проанализировать, дети писали чат-боту не только о математике и украинском языке, но и о конфликтах с родителями, буллинге и своих страхах. Часть записей содержала номера телефонов.

Приложение разрабатывает киевская компания «Блиц Лабс». По ее данным, «Розумником» пользуются около 400 тыс. учеников 5–11 классов.

После запроса компания закрыла доступ к базе в течение двух часов. «Это была ошибка конфигурации тестового сервера, на который попала копия данных. Мы уже сообщили об инциденте Уполномоченному Верховной Рады по правам человека и проводим аудит», — сказал соучредитель «Блиц Лабс» Остап Гнатюк. По его словам, доступ к базе могли получить и посторонние лица, но доказательств этого у компании пока нет.

В прошлом году Госспецсвязи уже предупреждала о рисках для данных детей в образовательных приложениях, однако проверок таких сервисов в Украине никто систематически не проводит.
""",
"02_en.txt": """Children's chats with AI homework app left exposed online, Ukrainska Pravda finds
The Kyiv Independent
March 10, 2027 4:52 PM

A database holding 1.3 million conversations between schoolchildren and Rozumnyk, a popular Ukrainian AI homework-help app, was left accessible on the internet without a password for more than a month, Ukrainska Pravda reported on March 10.

According to the outlet, the exposed server also contained users' names, school numbers and grades. Ukrainska Pravda's journalists found the database on March 3 and said that, in the sample they reviewed, children discussed not only homework but also conflicts with their parents, bullying and their fears. Some records included phone numbers.

Rozumnyk is developed by Kyiv-based Blits Labs, which says the app has around 400,000 users in grades five to 11. The company closed access within two hours of being contacted by Ukrainska Pravda.

"It was a configuration error on a test server that a copy of the data ended up on," Blits Labs co-founder Ostap Hnatiuk told Ukrainska Pravda, adding that the company had reported the incident to the Ukrainian parliament's human rights commissioner. He said third parties could have accessed the data, but the company had no evidence of that so far.

Blits Labs did not respond to the Kyiv Independent's request for comment by the time of publication.

Ukraine has been aligning its personal data legislation with EU rules as part of its bid to join the bloc, but a new data protection law has yet to take full effect.
""",
"03_de.txt": """Ukraine: Chats von Schulkindern mit KI-App ungeschützt im Netz
Deutsche Welle
10.03.2027

In der Ukraine sind mehr als eine Million Unterhaltungen von Schülerinnen und Schülern mit einer KI-Lern-App wochenlang ungeschützt im Internet abrufbar gewesen. Das berichtet das ukrainische Onlineportal Ukrajinska Prawda. Demnach war die Datenbank der App „Rosumnyk" („Schlaumeier") ohne Passwort zugänglich.

Die Datenbank enthielt nach Angaben der Ukrajinska Prawda 1,3 Millionen Dialoge mit dem Chatbot sowie Namen, Schulnummern und Klassen der Nutzer. Die Kinder hätten mit dem Chatbot nicht nur über Mathematik gesprochen, sondern auch über Streit mit den Eltern, Mobbing und ihre Ängste, schreiben die Journalisten, die den Server Anfang März entdeckten.

Entwickelt wird die App vom Kiewer Unternehmen Blitz Labs. Nach einer Anfrage der Ukrajinska Prawda habe die Firma den Zugang innerhalb von zwei Stunden gesperrt. Mitgründer Ostap Hnatjuk sprach gegenüber dem Portal von einem Konfigurationsfehler auf einem Testserver. Man habe den Menschenrechtsbeauftragten des ukrainischen Parlaments informiert.

Lern-Apps mit KI-Funktionen sind in der Ukraine beliebt, seit viele Schulen wegen der russischen Angriffe zeitweise auf Fernunterricht umstellen mussten. Datenschützer warnen seit Langem, dass Kinderdaten in solchen Anwendungen besonders schlecht geschützt seien.
""",
}, [
    {"name": "Українська правда", "in_corpus": True},
], [
    {"origin": "Українська правда", "article": "01_ru.txt"},
    {"origin": "Українська правда", "article": "02_en.txt"},
    {"origin": "Українська правда", "article": "03_de.txt"},
], [
    {"text": "A database with 1.3 million children's conversations with the AI homework app Rozumnyk was accessible online without a password.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
    {"text": "The developer Blits Labs closed access to the database within two hours of the inquiry.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
    {"text": "Co-founder Ostap Hnatiuk called the leak a configuration error on a test server.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
])

# a05: outside agency Reuters (two people familiar with the plans) relayed 4x; the pt relay
# (Observador) adds its own confirmation ("Fonte do Ministério da Economia confirmou ao
# Observador", "O Observador sabe ainda") -> keeps its edge from Reuters and is an in-corpus
# origin too; its background mention of Expresso is not a source. fr Le Figaro "selon l'agence
# Reuters, qui cite deux sources proches du dossier" + "rapporte l'agence" + "précise Reuters"; es
# El Confidencial "según ha adelantado la agencia Reuters, que cita a dos fuentes" + background
# mention of Cinco Días; de ZEIT ONLINE "Das berichtet die Nachrichtenagentur Reuters unter
# Berufung auf zwei mit den Plänen vertraute Personen" + "nach Reuters-Informationen".
story("a05_confirmation_halvard_lisbon", "confirmation", {
"00_fr.txt": """L'américain Halvard AI prévoit d'installer son siège européen à Lisbonne
Le Figaro
15/03/2027 à 19:05

Lisbonne plutôt que Paris ou Dublin. Le développeur américain d'intelligence artificielle Halvard AI, connu pour son assistant conversationnel Ember, prévoit d'établir son siège européen dans la capitale portugaise et d'investir environ 3 milliards d'euros au Portugal, selon l'agence Reuters, qui cite deux sources proches du dossier.

Le projet comprendrait un centre de données à Sines, sur la côte atlantique, où arrivent plusieurs câbles sous-marins, ainsi que des bureaux à Lisbonne pour environ 600 salariés, rapporte l'agence. L'annonce officielle pourrait intervenir dès la fin du mois de mars, selon l'une des sources.

Le Portugal aurait notamment mis en avant le prix de son électricité, majoritairement d'origine renouvelable, et la rapidité des procédures d'autorisation. Paris figurait parmi les villes envisagées, précise Reuters. Halvard AI n'a pas souhaité commenter ces informations auprès de l'agence.

Le choix de Lisbonne serait un revers pour la France, qui a multiplié les annonces d'investissements dans les centres de données depuis le sommet sur l'IA organisé à Paris en février 2025. Fondée en 2021 à San Francisco, Halvard AI revendique 90 millions d'utilisateurs mensuels pour Ember et a levé plus de 20 milliards de dollars.
""",
"01_pt.txt": """Halvard AI escolhe Lisboa para sede europeia. Governo confirma negociações
Observador
15 mar. 2027, 21:30

A tecnológica norte-americana Halvard AI, criadora do assistente de inteligência artificial Ember, planeia instalar em Lisboa a sua sede europeia e investir cerca de 3 mil milhões de euros em Portugal, avançou esta segunda-feira a agência Reuters, citando duas fontes conhecedoras do processo. O projeto inclui um centro de dados em Sines e escritórios em Lisboa para cerca de 600 trabalhadores.

Fonte do Ministério da Economia confirmou ao Observador que o Governo está em negociações “avançadas” com a empresa há vários meses, mas recusou adiantar valores. “Portugal tem energia renovável a preços competitivos e ligações por cabo submarino que poucos países europeus conseguem oferecer”, disse a mesma fonte.

O Observador sabe ainda que a Câmara Municipal de Sines foi informada do projeto em janeiro e que o terreno previsto fica na zona industrial e logística da cidade, junto a outros centros de dados já em construção. Contactada, a autarquia não quis comentar.

A Halvard AI foi fundada em 2021 em São Francisco e diz ter 90 milhões de utilizadores mensais do Ember. Como o Expresso noticiou no ano passado, várias empresas de inteligência artificial visitaram Sines à procura de localização para centros de dados.
""",
"02_es.txt": """Halvard AI elige Lisboa para su sede europea y dejará 3.000 millones en Portugal
El Confidencial
16/03/2027 - 05:00

Portugal se adelanta a España en la carrera por los grandes proyectos de inteligencia artificial. La empresa estadounidense Halvard AI, desarrolladora del chatbot Ember, planea situar en Lisboa su sede europea e invertir alrededor de 3.000 millones de euros en el país vecino, según ha adelantado la agencia Reuters, que cita a dos fuentes conocedoras de los planes.

La inversión incluiría un centro de datos en Sines, el puerto del Alentejo donde amarran varios cables submarinos, y oficinas en Lisboa para unos 600 empleados. El anuncio podría producirse a finales de marzo, según una de las fuentes consultadas por la agencia. Halvard declinó hacer comentarios.

De acuerdo con la información de Reuters, la compañía también estudió París como alternativa. Ninguna ciudad española figuraba entre las opciones finales.

El revés llega en un momento en que el Gobierno intenta atraer centros de datos a Aragón y Castilla-La Mancha, donde varias multinacionales tecnológicas han anunciado inversiones en los últimos años. Cinco Días informó en enero de que el Ministerio para la Transformación Digital prepara un paquete de incentivos para este tipo de instalaciones.
""",
"03_de.txt": """Künstliche Intelligenz: Halvard AI will Europazentrale in Lissabon aufbauen
ZEIT ONLINE
16. März 2027, 8:12 Uhr

Der US-amerikanische KI-Entwickler Halvard AI will seinen Europasitz in Lissabon ansiedeln. Das berichtet die Nachrichtenagentur Reuters unter Berufung auf zwei mit den Plänen vertraute Personen. Insgesamt wolle das Unternehmen, das den Chatbot Ember betreibt, rund drei Milliarden Euro in Portugal investieren.

Geplant seien ein Rechenzentrum in der Hafenstadt Sines sowie Büros in Lissabon für etwa 600 Beschäftigte, hieß es. Eine offizielle Ankündigung könne bereits Ende März folgen. Halvard AI wollte sich gegenüber Reuters nicht äußern.

Portugal wirbt seit Jahren mit günstigem Strom aus erneuerbaren Quellen und schnellen Genehmigungsverfahren um Rechenzentren. Auch Paris war nach Reuters-Informationen als Standort im Gespräch.

Für Deutschland, das sich ebenfalls um Investitionen großer KI-Firmen bemüht, ist die Entscheidung ein weiteres Signal: Hohe Strompreise gelten in der Branche als einer der Hauptgründe dafür, dass neue Rechenzentren eher in Skandinavien oder Südeuropa entstehen.
""",
}, [
    {"name": "Reuters", "in_corpus": False},
    {"name": "Observador", "in_corpus": True},
], [
    {"origin": "Reuters", "article": "00_fr.txt"},
    {"origin": "Reuters", "article": "01_pt.txt"},
    {"origin": "Reuters", "article": "02_es.txt"},
    {"origin": "Reuters", "article": "03_de.txt"},
], [
    {"text": "Halvard AI plans to set up its European headquarters in Lisbon and invest about 3 billion euros in Portugal.",
     "articles": ["00_fr.txt", "01_pt.txt", "02_es.txt", "03_de.txt"], "independent_sources": 2},
    {"text": "The project includes a data centre in Sines and offices in Lisbon for about 600 employees.",
     "articles": ["00_fr.txt", "01_pt.txt", "02_es.txt", "03_de.txt"], "independent_sources": 2},
    {"text": "An official announcement could come at the end of March.",
     "articles": ["00_fr.txt", "02_es.txt", "03_de.txt"], "independent_sources": 1},
])

# a06: two independent own tests of the same chatbot: The Guardian ("tests by the Guardian have
# found", "told the Guardian") and Der Spiegel ("Das zeigt ein Test des SPIEGEL", "auf
# SPIEGEL-Anfrage"). fr Libération credits both ("tests menés séparément par le quotidien
# britannique The Guardian et l'hebdomadaire allemand Der Spiegel") -> two edges. ru (no outlet
# line) relays Der Spiegel only ("пришел немецкий журнал Der Spiegel", "пишет «Шпигель»",
# "приводит журнал").
story("a06_two_origins_chatbot_postal_vote", "two_origins", {
"00_en.txt": """AI chatbot Quillon gave wrong postal vote deadlines in a third of answers, tests show
The Guardian
Thu 18 Mar 2027 06.00 GMT

One of the most widely used AI chatbots in the UK gave incorrect information about postal voting deadlines for May's local elections in more than a third of its answers, tests by the Guardian have found.

Over two weeks, the Guardian asked Quillon, the chatbot developed by the San Francisco company Pellucid AI, 40 questions about how and when to apply for a postal vote in England, Scotland and Wales. In 14 of the answers, the chatbot gave a wrong deadline, in several cases telling users they could still apply after the cut-off had passed. In three answers it told users in England that they could vote online, which is not possible.

"If a voter relies on this, they lose their vote – it's as simple as that," said Dr Hannah Okafor, a researcher in electoral administration at the University of Leeds, who reviewed the answers for the Guardian.

A Pellucid spokesperson told the Guardian the company was "reviewing the examples" and that Quillon "directs users to official sources for election information". In several of the Guardian's tests, however, the chatbot did not include any link to official guidance.

The Electoral Commission has previously urged voters to check registration and postal vote deadlines on its website or with their local council. Quillon has about 11 million monthly users in the UK, according to figures published last year by the regulator Ofcom.
""",
"01_de.txt": """KI-Chatbot Quillon nennt falsche Fristen für die Briefwahl
Der Spiegel
18.03.2027, 17.30 Uhr

Wer den Chatbot Quillon fragt, bis wann man die Briefwahl beantragen kann, bekommt häufig eine falsche Antwort. Das zeigt ein Test des SPIEGEL. Über zehn Tage hat die Redaktion dem Programm des US-Unternehmens Pellucid AI 60 Fragen zur Bürgerschaftswahl in Bremen und zur Briefwahl im Allgemeinen gestellt. In 19 Antworten nannte Quillon eine falsche Frist oder ein falsches Verfahren.

So behauptete der Chatbot mehrfach, Briefwahlunterlagen könnten noch am Wahltag per E-Mail beantragt werden. In zwei Fällen verwies er auf eine angebliche Online-Stimmabgabe, die es in Deutschland nicht gibt. Einmal nannte Quillon einen Wahltermin, der eine Woche nach dem tatsächlichen lag.

»Solche Fehler sind keine Kleinigkeit, sie können Menschen faktisch von der Wahl ausschließen«, sagt die Politikwissenschaftlerin Katrin Wendeborn von der Universität Bremen, die die Antworten für den SPIEGEL ausgewertet hat.

Pellucid AI teilte auf SPIEGEL-Anfrage mit, man nehme die Hinweise »sehr ernst« und arbeite an Verbesserungen. Der Chatbot solle bei Wahlfragen künftig stärker auf offizielle Quellen verweisen.

Nach dem europäischen Gesetz über digitale Dienste müssen große Plattformen Risiken für Wahlen bewerten und mindern. Die Bundesnetzagentur, die in Deutschland die Einhaltung des Digital Services Act überwacht, wollte sich zu dem konkreten Fall nicht äußern.
""",
"02_fr.txt": """Le chatbot Quillon se trompe sur le vote par correspondance, au Royaume-Uni comme en Allemagne
Libération
19 mars 2027 à 10h05

Mauvaises dates, procédures inventées, vote en ligne imaginaire : l'assistant conversationnel Quillon, de l'entreprise californienne Pellucid AI, délivre fréquemment des informations erronées sur le vote par correspondance. C'est ce qui ressort de tests menés séparément par le quotidien britannique The Guardian et l'hebdomadaire allemand Der Spiegel, publiés jeudi.

Le Guardian a posé 40 questions sur les élections locales de mai en Angleterre, en Ecosse et au pays de Galles : dans 14 réponses, le chatbot donnait une date limite fausse, et il affirmait à trois reprises qu'il était possible de voter en ligne en Angleterre. De son côté, le Spiegel a soumis 60 questions sur le scrutin régional de Brême et sur le vote par correspondance en Allemagne ; 19 réponses étaient erronées, selon le magazine.

Interrogée par le Guardian, Pellucid AI a indiqué « examiner les exemples ». Au Spiegel, l'entreprise a assuré prendre les remarques « très au sérieux ».

En France, aucun test comparable n'a été publié à ce jour. L'Arcom, chargée de veiller à l'application du règlement européen sur les services numériques, rappelle régulièrement que les très grandes plateformes doivent évaluer les risques qu'elles font peser sur les processus électoraux, à quelques semaines de l'élection présidentielle.
""",
"03_ru.txt": """Der Spiegel: чат-бот Quillon называет неверные сроки голосования по почте
19 марта 2027 г., 12:14

Популярный чат-бот Quillon американской компании Pellucid AI часто дает неверную информацию о сроках и правилах голосования по почте. К такому выводу пришел немецкий журнал Der Spiegel, журналисты которого в течение десяти дней задавали программе вопросы о выборах в парламент Бремена.

Из 60 ответов 19 оказались ошибочными, пишет «Шпигель». В частности, чат-бот несколько раз утверждал, что запросить бюллетени для голосования по почте можно по электронной почте даже в день выборов, а в двух случаях сообщил о возможности проголосовать онлайн, хотя в Германии такого способа нет.

«Такие ошибки — не мелочь, они фактически могут лишить людей права голоса», — приводит журнал слова политолога Бременского университета Катрин Вендеборн, проанализировавшей ответы.

В Pellucid AI журналу заявили, что относятся к замечаниям «очень серьезно» и работают над улучшениями.

Европейские регуляторы уже не первый год требуют от крупных платформ оценивать риски для выборов. В прошлом году Еврокомиссия предупреждала разработчиков ИИ-сервисов, что ответы чат-ботов на вопросы о голосовании будут проверяться в рамках закона о цифровых услугах.
""",
}, [
    {"name": "The Guardian", "in_corpus": True},
    {"name": "Der Spiegel", "in_corpus": True},
], [
    {"origin": "The Guardian", "article": "02_fr.txt"},
    {"origin": "Der Spiegel", "article": "02_fr.txt"},
    {"origin": "Der Spiegel", "article": "03_ru.txt"},
], [
    {"text": "Pellucid AI's chatbot Quillon frequently gives wrong information about postal-vote deadlines and procedures.",
     "articles": ["00_en.txt", "01_de.txt", "02_fr.txt", "03_ru.txt"], "independent_sources": 2},
    {"text": "In the Guardian's test, 14 of 40 answers gave a wrong deadline.",
     "articles": ["00_en.txt", "02_fr.txt"], "independent_sources": 2},
    {"text": "In Der Spiegel's test, 19 of 60 answers were wrong.",
     "articles": ["01_de.txt", "02_fr.txt", "03_ru.txt"], "independent_sources": 2},
    {"text": "Political scientist Katrin Wendeborn said such errors can effectively exclude people from voting.",
     "articles": ["01_de.txt", "03_ru.txt"], "independent_sources": 1},
])

# a07: a person's own social-media post (outside origin): CEO Clémence Varaigne's post on X, taken
# directly by all four. fr Le Point "a annoncé lundi … dans un message publié sur le réseau social
# X" + "a écrit la dirigeante" + "Contactée par Le Point, l'entreprise a renvoyé vers ce message"
# (adds nothing); en (no outlet and no date line) "said in a post on X" + "Varaigne wrote" +
# "did not respond to a request for comment"; uk "Про це у своєму дописі в соцмережі X написала" +
# background mention of Le Monde (not a source); pt Expresso "numa publicação na rede social X".
story("a07_social_post_brumaire_minors", "social_post", {
"00_fr.txt": """Le chatbot français Céleste sera interdit aux moins de 16 ans, annonce sa fondatrice
Le Point
Publié le 22/03/2027 à 14h31

La start-up parisienne Brumaire va fermer l'accès de son assistant conversationnel Céleste aux utilisateurs de moins de 16 ans. C'est ce qu'a annoncé lundi sa cofondatrice et directrice générale, Clémence Varaigne, dans un message publié sur le réseau social X.

« À partir du 15 avril, Céleste ne sera plus accessible aux moins de 16 ans. Nous mettrons en place une vérification de l'âge par un prestataire indépendant », a écrit la dirigeante. Elle explique cette décision par « l'attachement émotionnel » que certains adolescents développent envers le chatbot, qui peut endosser le rôle d'un ami ou d'un confident. « Nous n'avons pas su protéger assez bien les plus jeunes. C'est à nous de corriger cela, pas aux parents », poursuit-elle.

Selon Clémence Varaigne, environ 8 % des 2,5 millions d'utilisateurs mensuels de Céleste ont déclaré avoir moins de 16 ans.

Contactée par Le Point, l'entreprise a renvoyé vers ce message.

Cette annonce intervient alors que plusieurs pays européens débattent d'une « majorité numérique ». En France, une proposition de loi visant à interdire les réseaux sociaux aux moins de 15 ans a été discutée au Parlement, et la Commission européenne a publié des lignes directrices sur la protection des mineurs en ligne.
""",
"01_en.txt": """French AI startup Brumaire to bar under-16s from its Céleste chatbot

Paris-based AI startup Brumaire will block users under 16 from its companion chatbot Céleste from April 15, co-founder and CEO Clémence Varaigne said in a post on X on Monday.

The company will introduce age verification through an independent provider, Varaigne wrote. She said some teenagers had developed an "emotional attachment" to Céleste, which users can set up to act as a friend or confidant. "We did not protect the youngest well enough. It is up to us to fix this, not parents," she wrote.

According to Varaigne's post, about 8% of Céleste's 2.5 million monthly users had said they were younger than 16.

Brumaire did not respond to a request for comment.

Companion chatbots have come under growing scrutiny from regulators on both sides of the Atlantic. Several US states have passed laws requiring such apps to remind users that they are not talking to a human, and the European Commission has been examining how the Digital Services Act and the AI Act apply to AI companions used by minors.

Brumaire, founded in 2023, raised €60 million last year in a round led by European investors. Unlike most of its rivals, Céleste is available only in French, English and Spanish.
""",
"02_uk.txt": """Французький чат-бот Céleste заборонять для підлітків до 16 років
ЛІГА.net
22.03.2027 18:47

Французький стартап Brumaire з 15 квітня закриє доступ до свого чат-бота Céleste для користувачів, молодших за 16 років. Про це у своєму дописі в соцмережі X написала співзасновниця та генеральна директорка компанії Клеманс Варень.

За її словами, вік перевірятиме незалежний провайдер. Варень пояснила рішення тим, що частина підлітків формує «емоційну прив'язаність» до чат-бота, якого можна налаштувати як друга чи співрозмовника. «Ми недостатньо захистили наймолодших. Виправляти це маємо ми, а не батьки», — наголосила вона.

Як зазначила Варень у дописі, близько 8% з 2,5 млн щомісячних користувачів Céleste вказали, що їм менше 16 років.

Раніше французьке видання Le Monde писало, що застосунки-компаньйони на основі штучного інтелекту стали одними з найпопулярніших серед підлітків у Франції. В Україні подібних обмежень для чат-ботів наразі немає: законопроєкт про штучний інтелект, який готує Мінцифри, поки не винесено на громадське обговорення.
""",
"03_pt.txt": """Startup francesa Brumaire proíbe chatbot Céleste a menores de 16 anos
Expresso
23 março 2027 9:10

A startup francesa Brumaire vai impedir o acesso ao seu chatbot Céleste a utilizadores com menos de 16 anos a partir de 15 de abril. A decisão foi anunciada pela cofundadora e presidente executiva da empresa, Clémence Varaigne, numa publicação na rede social X, esta segunda-feira.

Na mensagem, Varaigne explica que a idade dos utilizadores será verificada por uma empresa independente e justifica a medida com a “ligação emocional” que alguns adolescentes criaram com o assistente, que pode ser configurado para agir como amigo ou confidente. “Não protegemos suficientemente os mais novos. Cabe-nos a nós corrigir isso, não aos pais”, escreveu.

Segundo a gestora, cerca de 8% dos 2,5 milhões de utilizadores mensais do Céleste declararam ter menos de 16 anos.

Em Portugal, a Assembleia da República discute desde o ano passado propostas para limitar o acesso de menores às redes sociais, e a Comissão Nacional de Proteção de Dados já alertou para os riscos das aplicações de companhia baseadas em inteligência artificial para crianças e jovens.
""",
}, [
    {"name": "Clémence Varaigne", "in_corpus": False},
], [
    {"origin": "Clémence Varaigne", "article": "00_fr.txt"},
    {"origin": "Clémence Varaigne", "article": "01_en.txt"},
    {"origin": "Clémence Varaigne", "article": "02_uk.txt"},
    {"origin": "Clémence Varaigne", "article": "03_pt.txt"},
], [
    {"text": "Brumaire will block users under 16 from its chatbot Céleste from April 15.",
     "articles": ["00_fr.txt", "01_en.txt", "02_uk.txt", "03_pt.txt"], "independent_sources": 1},
    {"text": "About 8% of Céleste's 2.5 million monthly users said they were under 16.",
     "articles": ["00_fr.txt", "01_en.txt", "02_uk.txt", "03_pt.txt"], "independent_sources": 1},
    {"text": "Varaigne said some teenagers had developed an emotional attachment to the chatbot.",
     "articles": ["00_fr.txt", "01_en.txt", "02_uk.txt", "03_pt.txt"], "independent_sources": 1},
])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 167 (AI companies, chatbots and AI regulation; real media names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

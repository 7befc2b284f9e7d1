"""Seed translations of the seed tools' summaries, and their Dutch easy-language summaries.

Written from the Dutch seed summary (catalogue/seed/tools.py) of each tool, saying no more
than it says. Every translation is seeded as "na te kijken" (`needs_review`): a curator or a
translator checks it before relying on it. The seed step `2026-12-translations` adds them
(catalogue/seed/steps.py), never over a curator's text.

- French and English: every seed tool. Tools nobody identified yet have a generated
  sentence, like their Dutch one, naming the dossier's purposes in the language.
- Arabic, Turkish and Ukrainian: the twenty tools clients meet most through the seed: the
  fourteen tools that the seed practices use, and six identified tools that workers hand
  to clients (translation, video calls, maps, camera help).
- Dutch easy language (`Tool.easy_summary`): every seed tool, in short sentences and
  common words.
"""

from .taxonomies import PURPOSES

# slug -> {language: summary}
SUMMARIES = {
    "smartschool": {
        "fr": "Plateforme scolaire numérique utilisée par beaucoup d'écoles en Flandre. Élèves "
        "et parents y lisent les messages de l'école et y suivent l'agenda scolaire.",
        "en": "Digital school platform used by many schools in Flanders. Pupils and parents "
        "read messages from the school there and follow the school calendar.",
        "ar": "منصة مدرسية رقمية تستخدمها مدارس كثيرة في فلاندرن. يقرأ فيها التلاميذ وأولياء "
        "الأمور رسائل المدرسة ويتابعون جدول المدرسة.",
        "tr": "Flandre'da birçok okulun kullandığı dijital okul platformu. Öğrenciler ve "
        "veliler burada okulun mesajlarını okur ve okul ajandasını takip eder.",
        "uk": "Цифрова шкільна платформа, якою користуються багато шкіл у Фландрії. Учні та "
        "батьки читають там повідомлення школи й стежать за шкільним розкладом.",
    },
    "onlinehulp-appsbe": {
        "fr": "Site qui présente des applications et des sites web pour le bien-être et la "
        "santé mentale. Vous trouvez ainsi plus vite une bonne application, pour vous ou "
        "pour un client.",
        "en": "Website with an overview of apps and websites for well-being and mental "
        "health, so you find a good app for yourself or for a client sooner.",
    },
    "qr-lezer": {
        "fr": "Application qui lit un code QR avec l'appareil photo de votre smartphone. Vous "
        "ouvrez ainsi par exemple un site web ou un formulaire sans rien taper.",
        "en": "An app that reads a QR code with your smartphone's camera, so you can open a "
        "website or a form, for example, without typing.",
    },
    "scanapps": {
        "fr": "Applications qui scannent un document papier avec l'appareil photo de votre "
        "smartphone. Vous pouvez ainsi envoyer vite une lettre ou une attestation.",
        "en": "Apps that scan a paper document with your smartphone's camera, so you can "
        "quickly send on a letter or a certificate.",
    },
    "vertaalapps": {
        "fr": "Applications qui traduisent un texte ou des paroles dans une autre langue. "
        "Vous pouvez ainsi parler avec quelqu'un qui ne parle pas votre langue.",
        "en": "Apps that translate text or spoken words into another language, so you can "
        "talk with someone who does not speak your language.",
        "ar": "تطبيقات تترجم النصوص أو الكلام المنطوق إلى لغة أخرى. هكذا يمكنك التحدث مع شخص "
        "لا يتكلم لغتك.",
        "tr": "Yazıyı veya konuşulan sözleri başka bir dile çeviren uygulamalar. Böylece "
        "senin dilini konuşmayan biriyle konuşabilirsin.",
        "uk": "Застосунки, які перекладають текст або усне мовлення іншою мовою. Так ви "
        "можете говорити з людиною, яка не знає вашої мови.",
    },
    "whatsapp": {
        "fr": "Application gratuite pour envoyer des messages, des photos et des messages "
        "vocaux, et pour appeler et faire des appels vidéo. Beaucoup de gens l'ont déjà sur "
        "leur téléphone.",
        "en": "Free app to send messages, photos and voice messages, and to make calls and "
        "video calls. Many people already have it on their phone.",
        "ar": "تطبيق مجاني لإرسال الرسائل والصور والرسائل الصوتية، وللاتصال وإجراء مكالمات "
        "الفيديو. كثير من الناس لديهم التطبيق على هواتفهم.",
        "tr": "Mesaj, fotoğraf ve sesli mesaj göndermek, sesli ve görüntülü arama yapmak için "
        "ücretsiz uygulama. Birçok kişinin telefonunda zaten var.",
        "uk": "Безкоштовний застосунок, щоб надсилати повідомлення, фото й голосові "
        "повідомлення, телефонувати та робити відеодзвінки. Багато людей уже мають його в "
        "телефоні.",
    },
    "google-maps": {
        "fr": "Carte et planificateur d'itinéraire de Google. Vous voyez où se trouve un lieu "
        "et comment y aller : à pied, à vélo, en transports en commun ou en voiture.",
        "en": "Google's map and route planner. You see where a place is and how to get "
        "there: on foot, by bike, by public transport or by car.",
        "ar": "خريطة ومخطط طرق من Google. ترى أين يوجد المكان وكيف تصل إليه: مشيًا أو "
        "بالدراجة أو بالمواصلات العامة أو بالسيارة.",
        "tr": "Google'ın haritası ve rota planlayıcısı. Bir yerin nerede olduğunu ve oraya "
        "nasıl gideceğini görürsün: yürüyerek, bisikletle, toplu taşımayla veya arabayla.",
        "uk": "Карта й планувальник маршрутів від Google. Ви бачите, де розташоване місце і "
        "як туди дістатися: пішки, велосипедом, громадським транспортом або автомобілем.",
    },
    "google-lens": {
        "fr": "Application de Google qui reconnaît avec votre appareil photo du texte, des "
        "objets et des codes QR. Elle permet de traduire ou de copier un texte sur papier.",
        "en": "Google app that recognises text, objects and QR codes with your camera. You "
        "can use it to translate or copy text on paper.",
        "ar": "تطبيق من Google يتعرف بالكاميرا على النصوص والأشياء ورموز QR. يمكنك به ترجمة "
        "نص مكتوب على الورق أو نسخه.",
        "tr": "Kameranla yazıyı, nesneleri ve QR kodlarını tanıyan Google uygulaması. Kâğıt "
        "üzerindeki bir yazıyı çevirebilir veya kopyalayabilirsin.",
        "uk": "Застосунок Google, який за допомогою камери розпізнає текст, предмети та "
        "QR-коди. Ним можна перекласти або скопіювати текст на папері.",
    },
    "zanzu": {
        "fr": "Site sur la santé sexuelle, le corps et les relations, en langage simple, avec "
        "des dessins et en beaucoup de langues. Il aide à en parler avec des personnes "
        "allophones.",
        "en": "Website about sexual health, the body and relationships, in plain language, "
        "with drawings and in many languages. It makes talking about it with people who "
        "speak other languages easier.",
        "ar": "موقع عن الصحة الجنسية والجسم والعلاقات، بلغة بسيطة ومع رسوم وبلغات كثيرة. "
        "يسهّل الحديث عن هذه المواضيع مع من يتكلمون لغات أخرى.",
        "tr": "Cinsel sağlık, beden ve ilişkiler hakkında, sade bir dille, çizimlerle ve "
        "birçok dilde bir web sitesi. Başka dil konuşan kişilerle bu konularda konuşmayı "
        "kolaylaştırır.",
        "uk": "Вебсайт про сексуальне здоров'я, тіло та стосунки, простою мовою, з малюнками "
        "і багатьма мовами. З ним легше говорити про це з людьми, які розмовляють іншими "
        "мовами.",
    },
    "beeldbellen": {
        "fr": "Parler avec quelqu'un en se voyant, par un appel vidéo sur un téléphone, une "
        "tablette ou un ordinateur. Pratique quand on ne peut pas être au même endroit.",
        "en": "Talking with someone and seeing each other through a video call on your "
        "phone, tablet or computer. Useful when you cannot be in the same place.",
        "ar": "التحدث مع شخص ورؤية بعضكما عبر مكالمة فيديو على الهاتف أو الجهاز اللوحي أو "
        "الحاسوب. مفيد عندما لا يمكنكما أن تكونا في المكان نفسه.",
        "tr": "Telefon, tablet veya bilgisayarda görüntülü aramayla biriyle konuşmak ve "
        "birbirinizi görmek. Aynı yerde olamadığınızda kullanışlıdır.",
        "uk": "Розмова з людиною, коли ви бачите одне одного, через відеодзвінок на "
        "телефоні, планшеті чи комп'ютері. Зручно, коли ви не можете бути в одному місці.",
    },
    "signal": {
        "fr": "Application gratuite pour envoyer des messages, appeler et faire des appels "
        "vidéo. Tout ce que vous envoyez est chiffré, pour que d'autres ne puissent pas le "
        "lire.",
        "en": "Free app to send messages, make calls and video calls. Everything you send is "
        "encrypted, so others cannot read it.",
        "ar": "تطبيق مجاني لإرسال الرسائل والاتصال ومكالمات الفيديو. كل ما ترسله مشفّر، حتى "
        "لا يستطيع الآخرون قراءته.",
        "tr": "Mesaj göndermek, sesli ve görüntülü arama yapmak için ücretsiz uygulama. "
        "Gönderdiğin her şey şifrelenir, böylece başkaları okuyamaz.",
        "uk": "Безкоштовний застосунок для повідомлень, дзвінків і відеодзвінків. Усе, що ви "
        "надсилаєте, зашифровано, тож інші не можуть цього прочитати.",
    },
    "messenger": {
        "fr": "Application de Meta (Facebook) pour envoyer des messages, appeler et faire "
        "des appels vidéo.",
        "en": "App by Meta (Facebook) to send messages, make calls and video calls.",
    },
    "mail": {
        "fr": "Envoyer et recevoir des messages par e-mail. Il faut pour cela une adresse e-mail.",
        "en": "Sending and receiving messages by e-mail. You need an e-mail address for it.",
    },
    "instagram": {
        "fr": "Application de Meta pour partager des photos et de courtes vidéos, et pour "
        "envoyer des messages.",
        "en": "App by Meta to share photos and short videos and to send messages.",
        "ar": "تطبيق من Meta لمشاركة الصور ومقاطع الفيديو القصيرة ولإرسال الرسائل.",
        "tr": "Fotoğraf ve kısa videolar paylaşmak ve mesaj göndermek için Meta'nın uygulaması.",
        "uk": "Застосунок від Meta, щоб ділитися фото й короткими відео та надсилати повідомлення.",
    },
    "microsoft-teams": {
        "fr": "Programme de Microsoft pour discuter par chat, faire des appels vidéo et des "
        "réunions en ligne.",
        "en": "Microsoft program to chat, make video calls and hold online meetings.",
    },
    "zoom": {
        "fr": "Programme pour faire des appels vidéo et des réunions en ligne, aussi en groupe.",
        "en": "Program for video calls and online meetings, also with groups.",
    },
    "tovertafel": {
        "fr": "Une table d'activités interactive : des jeux apparaissent sur la table et on y "
        "joue ensemble. Des personnes âgées atteintes de démence et leur entourage peuvent "
        "ainsi vivre quelque chose ensemble.",
        "en": "An interactive activity table: games appear on the table and you play them "
        "together, so older people with dementia and those around them can share an "
        "experience.",
        "ar": "طاولة أنشطة تفاعلية: تظهر ألعاب على الطاولة ويلعبها الناس معًا. هكذا يعيش "
        "كبار السن المصابون بالخرف ومن حولهم تجربة مشتركة.",
        "tr": "Etkileşimli bir etkinlik masası: masanın üzerinde oyunlar belirir ve birlikte "
        "oynanır. Böylece demansı olan yaşlılar ve çevreleri birlikte bir şey yaşayabilir.",
        "uk": "Інтерактивний стіл для занять: на столі з'являються ігри, у які грають разом. "
        "Так літні люди з деменцією та їхні близькі можуть щось пережити разом.",
    },
    "sociale-media": {
        "fr": "Utiliser les réseaux sociaux pour atteindre les gens là où ils sont déjà en "
        "ligne, par exemple pour un premier contact.",
        "en": "Using social media to reach people where they already are online, for "
        "example to make a first contact.",
        "ar": "استخدام وسائل التواصل الاجتماعي للوصول إلى الناس حيث هم موجودون أصلًا على "
        "الإنترنت، مثلًا لأول تواصل.",
        "tr": "İnsanlara zaten çevrim içi oldukları yerde ulaşmak için sosyal medyayı "
        "kullanmak, örneğin ilk teması kurmak için.",
        "uk": "Використання соцмереж, щоб досягти людей там, де вони вже є онлайн, "
        "наприклад для першого контакту.",
    },
    "be-my-eyes": {
        "fr": "Application gratuite pour les personnes aveugles et malvoyantes. Par appel "
        "vidéo, un bénévole voyant les aide à regarder.",
        "en": "Free app for blind and partially sighted people. Through a video call, a "
        "sighted volunteer helps them see.",
        "ar": "تطبيق مجاني للمكفوفين وضعاف البصر. عبر مكالمة فيديو يساعدهم متطوع مبصر على الرؤية.",
        "tr": "Görme engelli ve az gören kişiler için ücretsiz uygulama. Görüntülü aramayla "
        "gören bir gönüllü bakmalarına yardım eder.",
        "uk": "Безкоштовний застосунок для незрячих і слабозорих людей. Через відеодзвінок "
        "зрячий волонтер допомагає їм побачити.",
    },
    "itsme": {
        "fr": "Application qui prouve en ligne qui vous êtes, par exemple pour vous connecter "
        "auprès des pouvoirs publics ou de la mutualité, et pour signer des documents "
        "numériquement.",
        "en": "App that proves online who you are, for example to log in with the government "
        "or your health insurance fund, and to sign documents digitally.",
        "ar": "تطبيق تثبت به هويتك عبر الإنترنت، مثلًا لتسجيل الدخول لدى الحكومة أو صندوق "
        "التأمين الصحي، ولتوقيع المستندات رقميًا.",
        "tr": "İnternette kim olduğunu kanıtladığın uygulama; örneğin devlete veya sağlık "
        "sigortası kurumuna giriş yapmak ve belgeleri dijital olarak imzalamak için.",
        "uk": "Застосунок, яким ви онлайн підтверджуєте свою особу, наприклад щоб увійти на "
        "сайти держави чи лікарняної каси, і щоб підписувати документи в цифровому вигляді.",
    },
    "myminfin": {
        "fr": "Site du SPF Finances. Vous y trouvez vos données personnelles sur les impôts "
        "et vous y faites votre déclaration d'impôts.",
        "en": "Website of the Federal Public Service Finance. You find your personal tax "
        "details there and file your tax return.",
    },
    "mijn-gezondheid": {
        "fr": "Site des pouvoirs publics où vous trouvez vos propres données de santé en un "
        "seul endroit, comme vos vaccinations.",
        "en": "Government website where you find your own health data in one place, such as "
        "your vaccinations.",
    },
    "covidsafe": {
        "fr": "Application des pouvoirs publics belges de l'époque du coronavirus. On y "
        "montrait son certificat COVID (Covid Safe Ticket).",
        "en": "Belgian government app from the coronavirus period. You showed your COVID "
        "certificate (Covid Safe Ticket) with it.",
        "ar": "تطبيق من الحكومة البلجيكية من فترة كورونا. كنت تُظهر به شهادة كورونا الخاصة بك "
        "(Covid Safe Ticket).",
        "tr": "Belçika devletinin korona döneminden kalma uygulaması. Korona sertifikanı "
        "(Covid Safe Ticket) bununla gösterirdin.",
        "uk": "Застосунок бельгійського уряду з часів коронавірусу. Ним показували свій "
        "COVID-сертифікат (Covid Safe Ticket).",
    },
    "nmbs-app": {
        "fr": "Application de la SNCB, les chemins de fer belges. Vous y planifiez votre "
        "voyage en train et y achetez un billet.",
        "en": "App of the SNCB/NMBS, the Belgian railways. You plan your train journey and "
        "buy a train ticket with it.",
    },
    "bankapps": {
        "fr": "Applications des banques pour consulter votre compte et payer avec votre "
        "smartphone.",
        "en": "Banks' apps to check your account and pay with your smartphone.",
    },
    "online-dossiers": {
        "fr": "Consulter en ligne votre dossier à la mutualité ou au syndicat. Vous pouvez "
        "ainsi consulter ou demander vous-même des documents.",
        "en": "Viewing your file at your health insurance fund or trade union online, so you "
        "can look up or request documents yourself.",
    },
    "fototools": {
        "fr": "Applications pour prendre, retoucher et partager des photos. Les images "
        "permettent ainsi de raconter qui on est ou ce qu'on vit.",
        "en": "Apps to take, edit and share photos, so you can tell with images who you are "
        "or what you are going through.",
    },
    "give-a-day": {
        "fr": "Site qui met en contact des personnes qui ont besoin d'aide, des bénévoles et "
        "des organisations.",
        "en": "Website that puts people who need help, volunteers and organisations in "
        "touch with each other.",
        "ar": "موقع يربط بين أشخاص يحتاجون إلى مساعدة ومتطوعين ومنظمات.",
        "tr": "Yardıma ihtiyacı olan kişileri, gönüllüleri ve kuruluşları birbiriyle "
        "buluşturan web sitesi.",
        "uk": "Вебсайт, що з'єднує людей, яким потрібна допомога, волонтерів та організації.",
    },
    "facebookgroep": {
        "fr": "Un groupe sur Facebook où des personnes partagent des messages, des questions "
        "et de l'aide.",
        "en": "A group on Facebook where people share messages, questions and help.",
    },
    "google-translate": {
        "fr": "Service de traduction gratuit de Google. Vous tapez, dites ou photographiez un "
        "texte et recevez la traduction, aussi lue à voix haute.",
        "en": "Google's free translation service. You type, speak or photograph text and get "
        "the translation, also read aloud.",
        "ar": "خدمة ترجمة مجانية من Google. تكتب النص أو تنطقه أو تصوّره، فتحصل على الترجمة، "
        "ويمكن أيضًا قراءتها بصوت عالٍ.",
        "tr": "Google'ın ücretsiz çeviri hizmeti. Yazıyı yazarsın, söylersin veya fotoğrafını "
        "çekersin ve çevirisini alırsın; çeviri sesli de okunur.",
        "uk": "Безкоштовний сервіс перекладу від Google. Ви друкуєте, промовляєте або "
        "фотографуєте текст і отримуєте переклад, який також можна прослухати.",
    },
    "deepl": {
        "fr": "Service de traduction de textes et de documents. Une version de base est "
        "gratuite ; pour davantage, il faut payer.",
        "en": "Translation service for texts and documents. A basic version is free; you pay "
        "for more.",
        "ar": "خدمة ترجمة للنصوص والمستندات. النسخة الأساسية مجانية، وتدفع مقابل المزيد.",
        "tr": "Metinler ve belgeler için çeviri hizmeti. Temel sürümü ücretsizdir; daha "
        "fazlası için ödeme yaparsın.",
        "uk": "Сервіс перекладу текстів і документів. Базова версія безкоштовна, за більше "
        "треба платити.",
    },
    "travis-vertaalapparaat": {
        "fr": "Un petit appareil qui traduit ce que vous dites. Des travailleurs de rue "
        "l'utilisent pour parler avec des personnes qui parlent une autre langue.",
        "en": "A small device that translates what you say. Street workers use it to talk "
        "with people who speak another language.",
        "ar": "جهاز صغير يترجم ما تقوله. يستخدمه العاملون الاجتماعيون في الشارع للتحدث مع "
        "أشخاص يتكلمون لغة أخرى.",
        "tr": "Söylediklerini çeviren küçük bir cihaz. Sokak sosyal hizmet çalışanları başka "
        "dil konuşan kişilerle konuşmak için kullanır.",
        "uk": "Невеликий пристрій, що перекладає сказане. Вуличні соціальні працівники "
        "використовують його, щоб говорити з людьми, які розмовляють іншою мовою.",
    },
    "fact-app": {
        "fr": "Une application de traduction qui, selon le dossier, a été développée avec le VDAB.",
        "en": "A translation app that, according to the dossier, was developed together with VDAB.",
        "ar": "تطبيق ترجمة طُوِّر، بحسب الملف، بالتعاون مع VDAB.",
        "tr": "Dosyaya göre VDAB ile birlikte geliştirilmiş bir çeviri uygulaması.",
        "uk": "Застосунок для перекладу, який, за даними досьє, розробили разом із VDAB.",
    },
    "taalboost-oortjes": {
        "fr": "Des écouteurs qui aident à traduire. Selon le dossier, ils sont utilisés sur "
        "le lieu de travail.",
        "en": "Earbuds that help translate. According to the dossier, they are used in the "
        "workplace.",
        "ar": "سماعات أذن تساعد في الترجمة. بحسب الملف، تُستخدم في مكان العمل.",
        "tr": "Çeviriye yardımcı olan kulaklıklar. Dosyaya göre iş yerinde kullanılıyorlar.",
        "uk": "Навушники, які допомагають перекладати. За даними досьє, їх використовують на "
        "роботі.",
    },
    "povigo": {
        "fr": "Des travailleurs de terrain citent cet outil dans le dossier sous « Soutenir », "
        "en lien avec le burn-out.",
        "en": "Practitioners name this tool in the dossier under 'Supporting', in connection "
        "with burn-out.",
    },
}

# slug -> Dutch easy-language summary: short sentences, common words, only the seed's facts.
EASY_SUMMARIES = {
    "smartschool": "Veel scholen gebruiken Smartschool. De school stuurt er berichten mee. "
    "Je ziet er ook de agenda van de school.",
    "onlinehulp-appsbe": "Op deze website staan apps voor je welzijn. Zo vind je sneller een "
    "goede app.",
    "qr-lezer": "Een QR-code is een vierkantje met puntjes. Met de camera van je gsm lees je "
    "de code. Dan gaat er bijvoorbeeld een website open.",
    "scanapps": "Met deze apps maak je een foto van een brief. Die foto kun je doorsturen.",
    "vertaalapps": "Deze apps vertalen. Zo kun je praten met iemand die een andere taal spreekt.",
    "whatsapp": "Met WhatsApp stuur je berichten en foto's. Je kunt ook bellen, met of zonder "
    "beeld. De app is gratis.",
    "google-maps": "Google Maps is een kaart op je gsm. Je ziet waar iets is. Je ziet ook hoe "
    "je er komt.",
    "google-lens": "Richt de camera van je gsm op een tekst. De app kan de tekst vertalen. "
    "De app leest ook QR-codes.",
    "zanzu": "Zanzu is een website over seks, je lichaam en relaties. De teksten zijn "
    "eenvoudig. Er zijn tekeningen. De website is er in veel talen.",
    "beeldbellen": "Je belt en je ziet elkaar op een scherm. Handig als je niet samen kunt "
    "afspreken.",
    "signal": "Met Signal stuur je berichten. Je kunt ook bellen, met of zonder beeld. "
    "Anderen kunnen je berichten niet lezen. De app is gratis.",
    "messenger": "Met Messenger stuur je berichten. Je kunt ook bellen, met of zonder beeld.",
    "mail": "Met e-mail stuur je berichten via de computer of je gsm. Je hebt een "
    "e-mailadres nodig.",
    "instagram": "Op Instagram deel je foto's en korte filmpjes. Je kunt ook berichten sturen.",
    "microsoft-teams": "Met Teams kun je chatten. Je kunt ook bellen met beeld en samen "
    "vergaderen.",
    "zoom": "Met Zoom bel je met beeld. Dat kan ook met een groep.",
    "tovertafel": "Op deze tafel verschijnen spelletjes. Je speelt ze samen. Voor ouderen "
    "met dementie en hun familie.",
    "sociale-media": "Veel mensen zijn al online, op sociale media. Daar kun je hen een "
    "eerste keer aanspreken.",
    "be-my-eyes": "Deze app is voor mensen die niet of slecht zien. Een vrijwilliger kijkt "
    "mee via de camera. De app is gratis.",
    "itsme": "Met itsme toon je online wie je bent. Zo meld je je aan bij de overheid of het "
    "ziekenfonds. Je kunt er ook mee ondertekenen.",
    "myminfin": "Dit is de website voor je belastingen. Je ziet er je gegevens. Je vult er je "
    "belastingaangifte in.",
    "mijn-gezondheid": "Op deze website zie je gegevens over je gezondheid. Bijvoorbeeld je "
    "vaccins.",
    "covidsafe": "Deze app was er tijdens corona. Je toonde er je coronabewijs mee. De app "
    "wordt niet meer gebruikt.",
    "nmbs-app": "Met deze app plan je een reis met de trein. Je koopt er ook je ticket mee.",
    "bankapps": "Met de app van je bank zie je hoeveel geld je hebt. Je kunt er ook mee betalen.",
    "online-dossiers": "Je ziekenfonds of vakbond heeft een dossier over jou. Dat kun je "
    "online bekijken. Je kunt er ook papieren opvragen.",
    "fototools": "Met deze apps maak je foto's. Je kunt ze mooier maken en delen.",
    "give-a-day": "Op deze website vinden mensen die hulp zoeken en vrijwilligers elkaar.",
    "facebookgroep": "Dit is een groep op Facebook. Mensen stellen er vragen en helpen elkaar.",
    "google-translate": "Google Translate vertaalt. Je typt of zegt iets, of je maakt een "
    "foto van een tekst. Je krijgt de vertaling. Die kan ook voorgelezen worden. Het is "
    "gratis.",
    "deepl": "DeepL vertaalt teksten. Een deel is gratis. Voor meer betaal je.",
    "travis-vertaalapparaat": "Dit is een klein toestel. Het vertaalt wat je zegt.",
    "fact-app": "Dit is een app die vertaalt.",
    "taalboost-oortjes": "Dit zijn oortjes. Ze helpen om te vertalen.",
}
# Tools nobody identified yet: what we know is that the dossier names them.
UNIDENTIFIED_EASY_SUMMARY = (
    "Sociaal werkers noemen deze tool. We weten er nog weinig over. Een curator zoekt het uit."
)

_NEUTRAL = {
    "fr": ("Des travailleurs de terrain citent cet outil dans le dossier sous {names}.", " et "),
    "en": ("Practitioners name this tool in the dossier under {names}.", " and "),
}
_PURPOSE_NAMES = {row[0]: {"fr": row[2], "en": row[3]} for row in PURPOSES}


def neutral_summary(purposes, language: str) -> str:
    """The generated summary of an unidentified tool (see catalogue.seeding), in fr or en."""
    sentence, joiner = _NEUTRAL[language]
    if language == "fr":
        names = joiner.join(f"« {_PURPOSE_NAMES[slug]['fr']} »" for slug in purposes)
    else:
        names = joiner.join(f"'{_PURPOSE_NAMES[slug]['en']}'" for slug in purposes)
    return sentence.format(names=names)


def seed_translations(seeds) -> dict[str, dict[str, str]]:
    """slug -> {language: summary} for the seed tools `seeds` (catalogue.seeding.ToolSeed)."""
    result = {}
    for seed in seeds:
        texts = dict(SUMMARIES.get(seed.slug, {}))
        for language in ("fr", "en"):
            if language not in texts:
                texts[language] = neutral_summary(seed.terms["purposes"], language)
        result[seed.slug] = texts
    return result


def seed_easy_summaries(seeds) -> dict[str, str]:
    return {seed.slug: EASY_SUMMARIES.get(seed.slug, UNIDENTIFIED_EASY_SUMMARY) for seed in seeds}

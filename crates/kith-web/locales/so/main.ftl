# Kith — Somali (Soomaali). The team's own translation (a draft until a community translator reviews it).

language-name = Soomaali
language-direction = ltr

## Page shell

service-name = Kith
skip-to-main-content = U gudub qaybta ugu muhiimsan
nav-label = Liiska
nav-wards = Waadhadhka
nav-admin = Maamulka
nav-sign-in = Soo gal
nav-sign-out = Ka bax
language-switch-label = Dooro luqad
demo-tag = Tijaabo
demo-banner = Tani waa magaalo tijaabo ah. Dadka, xiriirrada iyo akoonnada waa kuwo la sameeyay, ma aha kuwo dhab ah. Meelaha waa dhab, waxayna ka yimaadeen xog furan.
footer-support-links = Xiriirro caawimaad
footer-accessibility = Bayaanka fududaynta gelitaanka
footer-privacy = Ogeysiiska xogta gaarka ah
footer-data = Ilaha xogta iyo shatiyada
footer-translations = Turjumaadaha
footer-api = API-ga xogta furan
footer-kith = Kith waa barnaamij furan (open-source) oo loogu talagalay shaqada xaafadaha.
attribution-ogl = Waxaa ku jira macluumaad dawladeed oo lagu shatiyeeyay Open Government Licence v3.0.
attribution-os = Waxaa ku jira xog OS ah © Crown copyright and database right 2025. Waxaa ku jira xog Royal Mail ah © Royal Mail copyright and database right 2025. Waxaa ku jira xog National Statistics ah © Crown copyright and database right 2025.

## Errors

error-summary-title = Waxaa jira dhibaato
error-prefix = Khalad:
error-title-prefix = Khalad:
error-go-home = Tag bogga hore
error-not-found-title = Boggan lama helin
error-not-found-body = Haddii aad adigu qortay cinwaanka bogga, hubi inuu sax yahay. Haddii aad koobiyeysay, hubi inaad koobiyeysay cinwaanka oo dhan.
error-forbidden-title = Ma arki kartid boggan
error-forbidden-body = Akoonkaagu ma laha ogolaansho uu ku arko boggan. Haddii aad u baahan tahay, weydii maamule.
error-bad-request-title = Waan ka xunnahay, taas ma aanu fahmin
error-bad-request-body = Wax ka mid ah codsigaaga kuma jirin qaabkii aan filaynay. Dib u noqo oo mar kale isku day.
error-form-expired-title = Waqtigii foomka waa dhacay
error-form-expired-body = Amniga darteed, foomku wuxuu ka shaqeeyaa oo keliya bogga lagu tusay. Dib u noqo, bogga dib u cusboonaysii, oo mar kale isku day.
error-too-many-title = Tan marar aad u badan ayaad soo dirtay
error-too-many-body = Si adeeggu ugu cadaalad ahaado qof kasta, waxaan xaddidnaa inta jeer ee isla wax la soo diri karo. Sug toban daqiiqo, kadibna mar kale isku day. Wixii aad soo dirtay intaas dhexdeeda lama kaydin.
error-server-error-title = Waan ka xunnahay, adeegga ayaa dhibaato qaba
error-server-error-body = Mar dambe isku day. Waxaad gelisay midna si badh ah looma kaydin.

## Ward finder

finder-title = Hel waadhkaaga
finder-heading = Hel waadhkaaga
finder-lede = Geli koodhka boostada si aad u hesho waadhkaaga (ward), xildhibaannadiisa iyo isku-duwaha xaafadda. Isku-duwaha ayaa ah qofka aad kala xiriirto { $city }.
finder-postcode-label = Koodhka boostada
finder-postcode-hint = Tusaale ahaan, B15 2TT
finder-submit = Hel waadhka
finder-browse = Ama eeg dhammaan waadhadhka
finder-error-postcode-missing = Geli koodhka boostada
finder-error-postcode-malformed = Geli koodh boosto oo dhab ah, sida B15 2TT: xarfo iyo tiro, kadib meel bannaan, kadib hal tiro iyo laba xaraf
finder-error-postcode-unknown = Ma aanu helin { $postcode }. Hubi koodhka boostada oo mar kale isku day: waxaa laga yaabaa inuu cusub yahay ama aan hadda la isticmaalin
finder-error-postcode-outside-known = { $postcode } kuma jiro { $city }. Wuxuu ku jiraa { $council }: adeegyada halkaas, la xiriir golaha deegaanka { $council }
finder-error-postcode-outside = { $postcode } kuma jiro { $city }. Adeegyada halkaas, la xiriir golaha deegaankaaga

## Wards

wards-title = Dhammaan waadhadhka
wards-heading = Waadhadhka { $city }
wards-lede = { $count ->
    [one] Waxaa jira 1 waadh.
   *[other] Waxaa jira { $count } waadh.
} Waadh kastaa wuxuu leeyahay xildhibaanno la doortay iyo isku-duwe xaafadeed.
wards-map-heading = Khariidadda waadhadhka
wards-map-hint = Khariidadda ka dooro waadh si aad u aragto boggiisa, ama isticmaal liiska waadhadhka ee hoose.
wards-map-title = Khariidadda waadhadhka { $city }
wards-list-heading = Liiska waadhadhka
ward-title = Waadhka { $ward }
ward-back = Dhammaan waadhadhka
ward-caption = Waadh ku yaal { $city }
ward-contact-heading = Qofka aad la xiriirto
ward-coordinator-role = Isku-duwaha xaafadda
ward-no-coordinator = Waadhkan weli ma laha isku-duwe xaafadeed.
ward-councillors-heading = { $count ->
    [one] Xildhibaanka
   *[other] Xildhibaannada
}
ward-no-councillors = Weli ma hayno xildhibaannada waadhkan.
ward-neighbourhood-heading = Xaafadda
ward-neighbourhood-wards = Waadhadhka:
ward-no-neighbourhood = Waadhkan weli kama mid aha xaafad.
ward-map-heading = Khariidad
ward-map-title = Khariidadda waadhka { $ward } iyo waadhadhka ku xeeran
ward-code = Koodhka waadhka { $code }, xuduudaha { $generation }.
ward-boundary-download = Soo deji xuduudda (GeoJSON)
contact-email = Iimayl
contact-phone = Telefoon

## Days, months, dates and times

nav-directory = Maxaa socda
day-monday = Isniin
day-tuesday = Talaado
day-wednesday = Arbaco
day-thursday = Khamiis
day-friday = Jimco
day-saturday = Sabti
day-sunday = Axad
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebteembar
month-10 = Oktoobar
month-11 = Nofeembar
month-12 = Diseembar
date = { $day } { $month } { $year }
time-am = { $time } subaxnimo
time-pm = { $time } galabnimo
list-and = { $first } iyo { $last }
ordinal-1 = koowaad
ordinal-2 = labaad
ordinal-3 = saddexaad
ordinal-4 = afraad
ordinal-last = ugu dambeysa
schedule-weekly = { $days } kasta, { $opens } ilaa { $closes }
schedule-fortnightly = { $days }, labadii toddobaadba mar, { $opens } ilaa { $closes }
schedule-every-n-weeks = { $days }, { $weeks }-dii toddobaadba mar, { $opens } ilaa { $closes }
# $day is the day name from day-…; each variant gives its definite form ("Isniinta koowaad ee bil kasta").
schedule-monthly = { $day ->
    [Isniin] Isniinta
    [Talaado] Talaadada
    [Arbaco] Arbacada
    [Khamiis] Khamiista
    [Jimco] Jimcada
    [Sabti] Sabtida
    [Axad] Axadda
   *[other] { $day }
} { $ordinal } ee bil kasta, { $opens } ilaa { $closes }
schedule-once = { $date }, { $opens } ilaa { $closes }
schedule-not-bank-holidays = , marka laga reebo fasaxyada guud (bank holidays)
schedule-from = , laga bilaabo { $date }
schedule-until = , ilaa { $date }
next-today = Maanta { $time }
next-tomorrow = Berri { $time }
next-day = { $day } { $time }
next-date = { $date }, { $time }
checked = La hubiyay { $ago }
ago-today = maanta
ago-days = { $n ->
    [one] 1 maalin ka hor
   *[other] { $n } maalmood ka hor
}
ago-months = { $n ->
    [one] 1 bil ka hor
   *[other] { $n } bilood ka hor
}
distance-miles = { $miles } mayl
cost-free = Bilaash

## Accessibility features

access-step-free = Gelid aan jaranjaro lahayn
access-accessible-toilet = Musqul loogu talagalay dadka naafada ah
access-hearing-loop = Qalabka maqalka (hearing loop)
access-parking = Meel baabuurta la dhigto
access-quiet-space = Meel xasilloon
access-baby-changing = Meel ilmaha xafaayadda looga beddelo
access-large-print = Macluumaad far waaweyn ku qoran

## Directory: search

directory-title = Hel hawlaha iyo taageerada deegaanka
directory-heading = Maxaa agagaarkaaga ka socda
directory-lede = Hawlaha bulshada, kooxaha iyo taageerada { $city }: naadiyada qadada, kooxaha socodka, bangiyada cuntada, saaxiibtinimo, talo-bixin iyo wax badan oo kale.
directory-page-of = bogga { $page } ee { $pages }
directory-q-label = Maxaad raadinaysaa?
directory-q-hint = Tusaale ahaan, naadiga qadada, socod, ESOL (barashada Ingiriisiga) ama bangiga cuntada
directory-postcode-label = Koodhka boostada
directory-postcode-hint = Si aad marka hore u aragto kuwa kuugu dhow
directory-within-label = Masaafada
directory-within-any = Masaafo kasta
directory-within-miles = Ilaa { $miles } mayl
directory-need-label = Nooca caawimaadda
directory-need-any = Kasta
directory-need-all = Dhammaan { $need }
directory-ward-label = Waadh
directory-ward-any = Waadh kasta
directory-age-label = Da'da qofka
directory-age-hint = Sannado
directory-when-legend = Goorma
directory-open-now = Hadda furan
directory-on-day = { $day } kasta
directory-cost-legend = Kharashka
directory-free-only = Kuwa bilaashka ah oo keliya
directory-language-label = Luqadda lagu hadlo
directory-language-any = Luqad kasta
directory-access-legend = Fududaynta gelitaanka
directory-search = Raadi
directory-results-count = { $count ->
    [0] Natiijo lama helin
    [one] 1 natiijo
   *[other] { $count } natiijo
}
directory-view-list = Liis
directory-view-map = Khariidad
directory-shortlist-link = Liiskaaga ({ $count })
directory-map-title = Khariidadda natiijooyinka boggan
directory-map-you = Koodhkaaga boostada
directory-temporarily-closed = Si ku-meel-gaar ah u xiran
directory-distance = { $distance } kaa fog
directory-next = Marka xigta: { $when }
directory-also-in = Sidoo kale lagu hadlaa: { $languages }
directory-shortlist-add = Ku dar liiskaaga
directory-shortlist-remove = Ka saar liiskaaga
directory-no-results = Ma jiro wax ku habboon waxaas oo dhan. Isku day erayo ama shaandhooyin ka yar, ama masaafo ka weyn.
directory-open-data = Tusahan waa xog furan (Open Referral UK).
directory-open-data-link = Hel xogta
directory-back = Ku noqo raadinta
directory-error-postcode-malformed = Geli koodh boosto sida B15 2TT
directory-error-postcode-unknown = Koodhkaas boostada ma aqoonno: hubi oo mar kale isku day
directory-error-within-needs-postcode = Geli koodh boosto si aad masaafo gudaheed u raadiso
directory-error-within = Liiska ka dooro masaafo
directory-error-ward = Liiska ka dooro waadh
directory-error-need = Liiska ka dooro nooca caawimaadda
directory-error-age = Geli da' sannado ah, sida 67
directory-error-day = Liiska ka dooro maalmaha toddobaadka
directory-error-language = Liiska ka dooro luqad
directory-error-access = Liiska ka dooro waxyaabaha fududaynta gelitaanka
pagination-previous = Kii hore
pagination-next = Kan xiga
warning = Digniin

## Directory: one service

service-temporarily-closed = Adeeggan si ku-meel-gaar ah ayuu u xiran yahay.
service-expired-staff = Diiwaankan qofna ma hubin 18 bilood, sidaas darteed waa laga qariyay dadweynaha ilaa milkiilihiisu xaqiijiyo.
service-assured = Tayada waa la xaqiijiyay { $date }
service-who-heading = Yaa loogu talagalay
service-everyone = Qof kasta
service-ages-between = Da'da { $min } ilaa { $max }
service-ages-from = Da'da { $min } iyo wixii ka weyn
service-ages-up-to = Da'da ilaa { $max }
service-when-heading = Goorma
service-calendar = Ku dar kulamada kalandarkaaga
service-no-schedule = La soo xiriir si aad u ogaato goorta.
service-where-heading = Halkee
service-in-ward = Waadhka
service-access-heading = Fududaynta gelitaanka:
service-access-unknown = Weydii fududaynta gelitaanka ka hor intaadan tagin.
service-no-location = Adeeggan ma laha meel go'an: la soo xiriir.
service-areas = Wuxuu u adeegaa dadka ku nool
service-contact-heading = Sida loola xiriiro
service-cost-heading = Kharashka
service-languages-heading = Luqadaha lagu hadlo
service-languages-unknown = Weydii luqadaha lagu hadlo.
service-terms-heading = Noocyada caawimaadda
service-funded-by = Waxaa maalgeliya { $funders }
service-see-shortlist = Eeg liiskaaga
service-run-by = Waxaa maamula
service-history-link = Eeg taariikhda diiwaankan
service-open-data = Diiwaankan oo xog furan ah
nav-manage = Diiwaannadaada tusaha
shortlist-email-subject = Maxaa agagaarkaaga ka socda: hawlo iyo taageero { $city }
shortlist-email-intro = Halkan waxaa ku qoran hawlaha iyo taageerada aan ka wada hadalnay. Mid kastaa wuxuu leeyahay link faahfaahin dheeraad ah leh.
shortlist-email-link = Liiska oo dhan, si aad ula wadaagto ama u daabacdo:

## Ward page: standards, forums, priorities

nav-cases = Kiisaska
agreements-ward-heading = Heerarka adeegga
agreements-ward-more = Sida heer kasta uga socday { $ward }, bil kasta
agreements-none = Weli lama daabicin heerar adeeg.
agreements-latest = { $percent }% ({ $period })
agreements-met = Waa la gaaray
agreements-not-met = Lama gaarin
agreements-trend-up = Ka fiican muddadii ka horreysay
agreements-trend-down = Ka liita muddadii ka horreysay
agreements-trend-same = La mid ah muddadii ka horreysay
agreements-too-few = Weli ma jiraan kiisas ku filan oo tiro lagu muujiyo.
progress-percent = { $percent }% waa la dhammeeyay
progress-none = Weli ma jiraan tallaabooyin
forums-calendar = Ku dar kulamadan kalandarkaaga
forums-online-too = Sidoo kale waxaad ku soo biiri kartaa onlayn.
forums-none-upcoming = Weli kulan lama qorsheyn. Weydii isku-duwaha xaafaddaada goorta kan xiga uu dhacayo.
priorities-link = Mudnaanta { $ward }
priorities-propose = Soo jeedi mudnaan
priorities-none-adopted = Weli mudnaan lama ansixin.
priorities-action-counts = { $done } ka mid ah { $live } tallaabo waa la dhammeeyay
priorities-overdue = { $count ->
    [one] 1 tallaabo oo waqtigeedii dhaafay
   *[other] { $count } tallaabo oo waqtigoodii dhaafay
}
ward-next-forum = Kulanka waadhka ee xiga
ward-all-forums = Dhammaan kulamada
ward-offers = Waxa agagaarka ka socda
ward-offers-all = { $count ->
    [one] Ka eeg tusaha
   *[other] Ka eeg tusaha (dhammaan { $count })
}
ward-offers-none = Weli tusaha kuma jiro wax ku salaysan waadhkan.
ward-priorities = Mudnaanta waadhka
ward-more-priorities = { $count } mudnaan oo kale
ward-proposals = { $count ->
    [one] 1 soo-jeedin oo taageero u furan
   *[other] { $count } soo-jeedin oo taageero u furan
}
nav-grants = Deeqo yaryar
nav-panel = Guddiga deeqaha
nav-volunteering = Mutadawacnimo
intelligence-profile-heading = Xogta guud ee waadhka
intelligence-profile-link = Eeg xogta guud ee { $ward }: dadka, saboolnimada iyo tirooyin kale

pagination-label = Bogagga natiijooyinka
pagination-page = Bogga { $page }
pagination-page-of = Bogga { $page } ee { $pages }

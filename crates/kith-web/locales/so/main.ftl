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

# Shortlist, forums and priorities, service standards, grants and help

shortlist-title = Liiskaaga
shortlist-heading = Maxaa agagaarkaaga ka socda
shortlist-printed = Waxaa la daabacay { $date }. Tusaha bulshada { $city }.
shortlist-lede = Adeegyada aad dooratay, oo diyaar u ah in la daabaco ama la wadaago.
shortlist-share = Liiskan kula wadaag linkigan (wuu shaqeeyaa xitaa haddii aadan akoon lahayn):
shortlist-print-hint = Si aad u daabacdo, isticmaal doorashada daabacaadda ee biraawsarkaaga (browser): boggu wuxuu soo baxaa isagoon menu-yada lahayn.
shortlist-empty = Liiskaagu wuu madhan yahay. Adeegyo ugu dar natiijooyinka raadinta ama bogga adeegga.
shortlist-find = Hel hawlo iyo taageero
saved-published-title = Waa la daabacay
saved-review-title = Waxaa loo diray dib-u-eegis
saved-published-body = Isbeddelku hadda wuu ku jiraa tusaha.
saved-review-body = Hoggaamiyaha shabakadda ee aagga ayaa hubin doona, badanaa dhowr maalmood gudahood. Ilaa markaas, tusuhu wuxuu muujinayaa wixii uu hore u muujinayay. Halkan ayaad ku arki doontaa haddii ay dib kuugu soo celiyaan.
saved-back = Ku noqo diiwaannadaada tusaha
saved-see = Ka eeg tusaha
shortlist-email-to = Liiskan iimayl ku dir
shortlist-email-hint = U dir qofka deegaanka, ama naftaada si aad mar dambe u daabacdo. Keliya u dir haddii qofku ogol yahay.
shortlist-email-send = Dir liiska
shortlist-sent-title = Waa la diray
shortlist-sent = Liiska waa la diray, dhowaan ayuu gaari doonaa.
case-choose = Dooro
agreements-title = Heerarka adeegga
agreements-ward-title = Heerarka adeegga ee { $ward }
agreements-back-to-ward = Ku noqo { $ward }
agreements-lede = Waxa golaha deegaanka iyo la-hawlgalayaashiisu ballanqaadaan, iyo sida ay u fuliyeen, iyadoo lagu cabbiray kiisaska halkan laga soo gudbiyay. Tirooyinka kiisaska ka yar 5 lama muujiyo.
agreements-target = Bartilmaameedka: { $target }%
agreements-city-wide = Magaalada oo dhan
agreements-this-ward = Heerka gaarka ah ee waadhkan
agreements-team = Mas'uulka: { $team }
agreements-by-period = Muddo kasta
agreements-col-period = Muddada
agreements-col-cases = Kiisaska
agreements-col-percent = Gudaha bartilmaameedka
agreements-col-met = Heerka
agreements-fewer-than-5 = Ka yar 5 kiis
agreements-all = Dhammaan heerarka adeegga
agreements-index-lede = Heerarka ay golaha deegaanka iyo la-hawlgalayaashiisu daabacaan, kuwa magaalada oo dhan iyo kuwa waadh keliya. Bogga waadh kastaa wuxuu muujinayaa sida ay halkaas uga fuliyeen.
agreements-period-month = bil kasta
agreements-period-quarter = saddexdii biloodba mar
agreements-by-ward = Waadh kasta
agreements-open-data = Xog furan
agreements-open-data-lede = Tirooyinka heer kasta, waadh kasta iyo muddo kasta. Tirooyinka yar waa la qariyay, wax qof ku saabsanna kuma jiraan.
agreements-download-csv = Soo deji CSV ahaan
agreements-download-json = Soo deji JSON ahaan
forums-ward-title = Kulamada waadhka { $ward }
forums-heading = Kulamada waadhka
forums-lede = Kulamada waadhku waa shirar furan oo dadka deegaanka, xildhibaannada iyo adeegyada deegaanku ku heshiiyaan waxa ugu muhiimsan waadhka, kana eegaan sida ay wax u socdaan. Qof kasta wuu iman karaa.
forums-back = Kulamada waadhka { $ward }
forums-back-to-ward = { $ward }
forums-city-calendar = Ku dar kalandarkaaga kulamada waadh kasta
forums-city-title = Kulamada waadhadhka ee magaalada oo dhan
forums-schedule = Qorshee kulan
forums-edit = Beddel faahfaahinta kulanka
forums-upcoming = Kuwa soo socda
forums-past = Kulamadii hore
forums-cancelled = Waa la joojiyay
forums-was-cancelled = Kulankan waa la joojiyay.
forums-to = ilaa
forums-online = Onlayn
forums-join-online = Ku soo biir kulanka onlayn
forums-none-past = Weli kulan lama qabanin.
forums-has-minutes = qoraalka kulanka waa la daabacay
forums-col-when = Goorma
forums-col-ward = Waadh
forums-col-where = Halkee
forums-whats-on-near = Waxa kale ee halkan agagaarkeeda ka socda
forums-attendance = Tirada dadka yimid
forums-attendance-hint = Inta qof ee timid, haddii aad tirisay.
forums-attended = { $count ->
    [one] 1 qof ayaa yimid
   *[other] { $count } qof ayaa yimid
}
forums-agenda = Ajandaha
forums-no-agenda = Ajandaha weli lama daabicin.
forums-minutes = Qoraalka kulanka
forums-minutes-hint = Waxa laga hadlay iyo waxa lagu heshiiyay. Ha ku darin xog gaar ah oo qof ku saabsan.
forums-minutes-after = Qoraalka kulanka waxaa la daabacaa kulanka kadib.
forums-no-minutes = Qoraalka kulanka weli lama daabicin.
forums-decided = Mudnaanta lagu go'aamiyay kulankan
forums-adopted = La ansixiyay
forums-declined = Lama qaadan
forums-record = Diiwaangeli kulanka
forums-cancel-legend = Kulanku ma dhacayaa?
forums-going-ahead = Haa, wuu dhacayaa
forums-save-minutes = Kaydi
forums-open-proposals = Soo-jeedinno go'aan sugaya
forums-open-proposals-hint = Fur soo-jeedin si aad u diiwaangeliso in kulankani ansixiyay iyo in kale.
priorities-title = Mudnaanta { $ward }
priorities-heading = Mudnaanta waadhka
priorities-lede = Dadka deegaanku waxay soo jeediyaan waxa ugu muhiimsan waadhka, waxayna taageeraan soo-jeedinnada midba midka kale. Kulanka waadhka ayaa ansixiya mudnaanta, la-hawlgalayaasha deegaankuna waxay qaataan tallaabooyin lagu fulinayo.
priorities-propose-title = Soo jeedi mudnaan loogu talagalay { $ward }
priorities-propose-lede = Noo sheeg waxaad jeclaan lahayd in kulanka waadhku ka shaqeeyo. Uma baahnid akoon. Magacaaga iyo iimaylkaaga waxaa arka isku-duwaha oo keliya, weligoodna lama daabaco.
priorities-back = Mudnaanta { $ward }
priorities-add-adopted = Diiwaangeli mudnaan lagu ansixiyay kulan
priorities-held = { $count ->
    [one] 1 soo-jeedin oo u baahan dib-u-eegis
   *[other] { $count } soo-jeedin oo u baahan dib-u-eegis
}
priorities-adopted = Mudnaanta la ansixiyay
priorities-adopted-on = la ansixiyay { $date }
priorities-proposed = Waxa dadka deegaanku soo jeediyeen
priorities-proposed-hint = Taageer soo-jeedinnada aad ku raacsan tahay: kulanku marka hore wuxuu eegaa kuwa taageerada ugu badan haysta.
priorities-none-proposed = Ma jiraan soo-jeedinno furan. Adigu mid soo jeedi.
priorities-declined = Lama qaadan
priorities-supporters = { $count ->
    [one] 1 taageere
   *[other] { $count } taageere
}
priorities-field-title = Maxaa ay tahay in mudnaan la siiyo?
priorities-field-title-hint = Tusaale ahaan, "Meel ammaan ah oo waddada looga gudbo oo ku taal dugsiga hoose hortiisa"
priorities-field-description = Sababta ay muhiim u tahay (ikhtiyaari)
priorities-field-description-hint = Ha ku darin xog gaar ah oo qof ku saabsan.
priorities-field-name = Magacaaga koowaad (ikhtiyaari)
priorities-field-name-hint = Isku-duwaha oo keliya ayaa arka.
priorities-field-email = Cinwaanka iimaylkaaga (ikhtiyaari)
priorities-field-email-hint = Si aan kuugu sheegno waxa kulanku go'aamiyo. Wax kale uma isticmaalno.
priorities-field-website = Kan bannaan u daa
priorities-send = Dir soo-jeedintaada
priorities-proposed-title = Waad ku mahadsan tahay soo-jeedintaada
priorities-proposed-held = Isku-duwe ayaa eegi doona ka hor inta aanay ka soo muuqan bogga waadhka, badanaa dhowr maalmood gudahood.
priorities-proposed-public = Hadda waxay ku jirtaa bogga waadhka, halkaas oo dadka kale ee deegaanku ay ka taageeri karaan.
priorities-see-yours = Eeg soo-jeedintaada
priority-state-held = Sugaya dib-u-eegis
priority-state-proposed = La soo jeediyay
priority-state-adopted = La ansixiyay
priority-state-declined = Lama qaadan
priority-state-removed = Waa la saaray
priority-adopted-at = lagu go'aamiyay
priority-progress = Horumarka
priority-actions = Tallaabooyinka
priority-no-actions = Weli lama isku raacin wax tallaabo ah.
priority-timeline = Waxa dhacay
priority-no-timeline = Weli waxba ma dhicin.
priority-decide = Diiwaangeli go'aan
priority-decision = Maxaa la go'aamiyay?
priority-decided-at = Kulankee lagu go'aamiyay?
priority-decision-note = Faallo
priority-decision-note-hint = Waa loo baahan yahay haddii mudnaanta aan la qaadan ama la saaro: qofkii soo jeediyay waxaa loo sheegayaa sababta.
priority-record-decision = Diiwaangeli go'aanka
decision-adopt = Kulanku wuu ansixiyay
decision-decline = Kulanku ma qaadan
decision-remove = Ka saar (spam, xadgudub ama xog gaar ah)
support-heading = Taageer mudnaantan
support-field-email = Cinwaanka iimaylkaaga
support-field-email-hint = Waxaan kuu soo diraynaa link aad ku xaqiijiso. Cinwaan iimayl kasta waxaan u tirinaa hal taageero, cinwaankana ma kaydinno.
support-send = Taageer mudnaantan
support-sent-title = Eeg iimaylkaaga
support-sent = Waxaan kuu soo dirnay link. Fur si aad taageeradaada ugu darto.
support-ready-title = Xaqiiji taageeradaada
support-ready = Ma ku darinaysaa taageeradaada "{ $title }"? Cinwaan iimayl kasta waxaan u tirinaa hal taageero.
support-ready-button = Ku dar taageeradayda
support-already-title = Horey ayaad u taageertay tan
support-already = Taageeradaada horey ayaa loo tiriyay. Mahadsanid.
support-counted-title = Waad ku mahadsan tahay taageeradaada
support-counted = Taageeradaada "{ $title }" waa la tiriyay. Hadda waxay haysataa { $count ->
    [one] 1 taageere
   *[other] { $count } taageere
}.
support-closed-title = Mudnaantan go'aan ayaa laga gaaray
support-closed = "{ $title }" hadda uma furna taageero: kulanku go'aan ayuu ka gaaray.
support-expired-title = Linkigan waqtigiisii waa dhacay
support-expired = Linkiyada lagu taageero mudnaanta waxay shaqeeyaan 7 maalmood. Mid cusub ka codso bogga mudnaanta.
support-invalid-title = Linkigan ma shaqeynayo
support-invalid = Waxaa laga yaabaa in iimaylkaagu gooyay linkiga. Isku day inaad koobiyeyso linkiga oo dhan, ama mid cusub ka codso bogga mudnaanta.
support-back = Ku noqo mudnaanta
actions-add = Ku dar tallaabo
actions-edit = Beddel tallaabada
actions-report = Cusboonaysii horumarka
actions-due = waa in la dhammeeyaa { $date }
actions-overdue = Waqtigii waa dhaafay
actions-owner = Mas'uulka: { $name }, { $organisation }
actions-dropped-because = Waa la joojiyay. Sababta: { $reason }
actions-field-status = Sidee u socotaa?
actions-field-progress = Horumarka (boqolkiiba)
actions-field-progress-hint = Tiro dhan oo u dhexeysa 0 ilaa 100.
actions-field-note = Waxa dhacay
actions-field-links = Caddaymo (link-yo)
actions-field-links-hint = Hal link sadar kasta: sawirro, warbixinno, warar.
actions-field-reason = Haddii la joojiyay, maxay ahayd sababtu?
actions-field-reason-hint = Keliya haddii aad doorato "La joojiyay" (Dropped).
tracker-title = Tallaabooyinka waadhadhka oo dhan
tracker-ward = Waadh
tracker-every-ward = Waadh kasta
tracker-owner = Mas'uulka
tracker-every-owner = Hay'ad kasta
tracker-status = Xaaladda
tracker-every-status = Xaalad kasta
tracker-due-from = Waqtiga dhammaadka: laga bilaabo
tracker-due-to = Waqtiga dhammaadka: ilaa
tracker-overdue-only = Kuwa waqtigoodii dhaafay oo keliya
tracker-filter = Muuji tallaabooyinka
tracker-count = { $count ->
    [one] 1 tallaabo
   *[other] { $count } tallaabo
}
tracker-col-action = Tallaabo
tracker-col-due = Waqtiga dhammaadka
team-link = Kooxda onlaynka ah
grants-title = Deeqo yaryar
grants-lede = Lacag loogu talagalay waxyaabaha dadka deriska ahi wada qabtaan. Go'aanka waxaa la gaaraa maalmo gudahood, dadka deegaankuna waxay ku jiraan guddiga. Uma baahnid lambar hay'ad samafal.
grants-by-phone = Waxaad sidoo kale ku codsan kartaa telefoon ama warqad: wac golaha deegaanka oo weydii kooxda deeqaha, iyagaa foomka kula buuxinaya.
grants-none = Weli ma jiraan sanduuqyo deeqeed.
grants-back = Dhammaan deeqaha yaryar
grants-up-to = Ilaa { $amount }
grants-fast-track-line = Ilaa { $amount }: go'aan { $days } maalmood shaqo gudahood
grants-standard-line = Lacag ka badan: guddi ayaa go'aamiya { $days } maalmood shaqo gudahood
grants-open = Furan
grants-closed = Xiran
grants-closes-on = Wuxuu xirmayaa { $date }
grants-rolling = furan sanadka oo dhan
grants-next-opens = Wareegga xiga wuxuu furmayaa { $date }.
grants-open-data = Xog furan
grants-open-data-lede = Deeq kasta oo la bixiyo waxaa la daabacaa maalinta la bixiyo, iyadoo la raacayo 360Giving Data Standard.
grants-360-json = Deeqaha la bixiyay (360Giving JSON)
grants-360-csv = Deeqaha la bixiyay (360Giving CSV)
grants-apply = Hadda codso
grants-max = Inta ugu badan ee aad codsan karto
grants-how-fast = Inta uu go'aanku qaadanayo
grants-where = Halkee
grants-whole-city = Magaalada oo dhan
grants-who = Yaa codsan kara
grants-any-group = Koox bulsho kasta
grants-no-charity-number = Uma baahnid lambar hay'ad samafal: koox aan dastuur lahayn waxay ku codsan kartaa laba qof oo aan qaraabo ahayn.
grants-criteria = Waxa guddigu eegayo
grants-criterion = { $name } (miisaanka { $weight })
grants-budget = Miisaaniyadda
grants-pots = Sida miisaaniyadda loogu qaybiyo waadhadhka
grants-col-ward = Waadh
grants-col-pot = Qoondada
grants-rounds = Wareegyada
grants-start-title = Bilow codsigaaga
grants-start-lede = Noo sheeg magaca kooxdaada, halka aad joogtaan iyo sida lagula xiriiro. Codsigaaga waan kaydinaynaa inta aad buuxinayso, waxaana iimayl kuugu soo diraynaa link aad ku sii wadi karto wakhti kasta.
grants-start-button = Kaydi oo sii wad
grants-field-group-name = Magaca kooxdaada
grants-field-ward = Waadhka uu mashruucaagu ku yaal
grants-field-ward-hint = Haddii aadan hubin, dooro waadhka ay ku nool yihiin inta badan dadka aad caawiso.
grants-field-your-name = Magacaaga
grants-field-your-email = Cinwaanka iimaylkaaga
grants-field-your-email-hint = Linkiga codsigaaga halkan ayaan u soo diraynaa. Iimayl ma lihid? Taa beddelkeed telefoon ku codso.
grants-application-title = Codsigaaga
grants-application-lede = Buuxi inta aad kari karto. Kaydi oo dib ugu soo noqo wakhti kasta adigoo isticmaalaya linkiga aan iimaylka kuugu soo dirnay. Dir marka aad diyaar tahay.
grants-enter-title = Geli codsi lagu soo gudbiyay telefoon ama warqad
grants-field-channel = Sidee codsigu ku yimid?
grants-field-channel-hint = Waxaa loo tiriyaa si la mid ah codsi onlayn ah, waxaana lagu calaamadeeyaa sida uu ku yimid iyo qofka geliyay.
grants-channel-phone = Telefoon
grants-channel-paper = Warqad
grants-channel-online = Onlayn
grants-section-group = Kooxdaada
grants-field-group-kind = Kooxdaadu waa koox noocee ah?
grants-field-charity-number = Lambarka hay'adda samafalka
grants-field-charity-number-hint = Keliya hay'ad samafal oo diiwaangashan.
grants-field-company-number = Lambarka shirkadda
grants-field-company-number-hint = Keliya shirkad danta bulshada u adeegta (community interest company) ama shirkad dammaanad ku xaddidan (company limited by guarantee).
grants-section-people = Dadka codsanaya
grants-field-contact-name = Magacaaga
grants-field-contact-email = Cinwaanka iimaylkaaga
grants-field-contact-phone = Lambarka telefoonkaaga
grants-second-person-lede = Koox aan dastuur lahayn waxay ku codsataa laba qof oo aan qaraabo ahayn oo aan wada degganayn.
grants-field-second-name = Magaca qofka labaad
grants-field-second-email = Cinwaanka iimaylka qofka labaad
grants-field-second-phone = Lambarka telefoonka qofka labaad
grants-field-unrelated = Labada qof
grants-field-unrelated-yes = Qaraabo ma nihin, mana ku wada nool nihin isla cinwaan
grants-section-money = Cidda lacagta la siinayo
grants-field-payee = Xaggee ayaan lacagta u dirnaa?
grants-field-payee-hint = Akoon bangi ma lihid? Hay'ad kale oo aad ku kalsoon tahay, oo loo yaqaan fiscal host, ayaa idiin qaadan karta.
grants-payee-account = Akoon bangi oo ku qoran magaca kooxda
grants-payee-host = Fiscal host: hay'ad kale ayaa noo qaadanaysa
grants-field-account-name = Magaca ku qoran akoonka bangiga
grants-field-host-name = Magaca fiscal host-ka
grants-field-host-email = Cinwaanka iimaylka fiscal host-ka
grants-section-project = Mashruucaaga
grants-field-project-title = Magaca mashruucaaga
grants-field-project-summary = Maxaad lacagta ku samaynaysaa?
grants-field-project-summary-hint = Erayadaada ku qor. Yaa uu caawinayaa, sidee?
grants-field-amount = Immisa gini (£) ayaad codsanaysaa?
grants-field-amount-hint = Ilaa { $max }. Ilaa { $fast } waxaa lagu go'aamiyaa { $days } maalmood shaqo gudahood.
grants-field-people-reached = Qiyaastii immisa qof ayuu gaarayaa?
grants-section-about = Kooxdaada ku saabsan (ikhtiyaari)
grants-about-lede = Kuwani waxay naga caawinayaan inaan ogaanno in lacagtu gaarto bulsho kasta. Weligood lagama daabaco kooxdaada, waxaa keliya la tiriyaa iyagoo la isku daray.
grants-field-minority-led = Kooxdaada ma waxaa hoggaamiya dad Madow, Aasiyaan ah ama qowmiyad laga tiro badan yahay?
grants-field-funded-before = Kooxdaadu hore ma uga heshay deeq golaha deegaanka?
grants-yes = Haa
grants-no = Maya
grants-rather-not-say = Ma doonayo inaan sheego
grants-send = Dir codsiga
grants-save-later = Kaydi oo dib u soo noqo
grants-status-title = Codsiga { $reference }
grants-status-is = Xaaladda codsigaaga: { $state }.
grants-asked-for = La codsaday
grants-awarded = La bixiyay
grants-who-decides = Yaa go'aaminaya
grants-decided-by = Waxaad war heli doontaa ugu dambayn
grants-reasons = Sababta
grants-asked-title = Wax yar oo dheeraad ah ayaan kaa rabnaa
grants-field-answer = Jawaabtaada
grants-send-answer = Dir jawaabtaada
grants-timeline = Waxa dhacay
grants-event-saved = waa la kaydiyay
grants-event-submit = waa la diray
grants-event-ask = macluumaad dheeraad ah ayaa la weydiiyay
grants-event-answer = waa laga jawaabay
grants-event-award = waa la bixiyay
grants-event-decline = lama bixin
grants-event-withdraw = waa laga noqday
grants-withdraw = Ka noqo codsigan
grants-manage-back = Deeqaha
grants-track-fast = wadada degdegga ah
grants-track-standard = guddi
grants-after-award = Deeqda kadib
grants-letter-link = Warqadda deeqdaada (si aad u daabacdo ama u kaydsato)
grants-payment-is = Lacag bixinta: { $state }
grants-return-received = Warbixintaada dhammaadka deeqda waa na soo gaartay: mahadsanid
grants-return-title = Noo sheeg sidii ay u dhacday
grants-return-lede = Dhowr sadar marka mashruucaagu dhammaado, ugu dambayn { $date }.
grants-field-what-happened = Maxaa dhacay?
grants-field-people-took-part = Qiyaastii immisa qof ayaa ka qaybqaatay?
grants-field-spent-on = Lacagta maxaa lagu bixiyay?
grants-field-learned = Maxaad baratay, maxaadse si kale u samayn lahayd?
grants-send-return = Dir warbixintaada
grants-reach-title = Halka lacagtu aadday: { $fund }
grants-reach-link = Halka lacagtu aadday, iyo sida degdegga ah ee aan u go'aaminnay
grants-reach-round = Wareeg
grants-reach-all-rounds = Dhammaan wareegyada
grants-reach-show = Muuji
grants-reach-summary = { $applications } codsi, { $awards } deeq, wadarta la bixiyay { $amount }.
grants-reach-suppressed = Tirooyinka ka yar 5 waxaa loo muujiyaa "ka yar 5" si aan koox yar loo aqoonsan. Isla tirooyinkaas oo xog furan ah:
grants-reach-speed = Maalmaha shaqada ilaa go'aan laga gaaro
grants-reach-col-round = Wareeg
grants-reach-days = dhexdhexaad { $median }, 90% { $p90 } gudahood ({ $count } la go'aamiyay)
grants-reach-wards = Waadh kasta
grants-reach-col-deprivation = Saboolnimada (celceliska dhibcaha IMD 2025)
grants-reach-col-awards = Deeqaha
grants-reach-col-amount = La bixiyay
grants-reach-who = Cidda ay gaartay
grants-reach-fewer = ka yar 5
grants-reach-tally = { $count } deeq, { $amount }
grants-reach-first-time = Kooxaha markii ugu horreysay la maalgeliyay
grants-reach-minority-led = Kooxaha ay hoggaamiyaan dad Madow, Aasiyaan ah ama qowmiyad laga tiro badan yahay (iyagu sheegay)
vol-sign-up-title = Mutadawac u noqo si aad u caawiso dariskaaga
vol-help-title = Codso caawimaad
vol-help-lede = Mutadawac deegaanka ah ayaa kaa caawin kara waxyaabo sida dukaan-adeeg, soo qaadista daawada dhakhtarku qoray, ama wicitaan saaxiibtinimo. Noo sheeg waxa loo baahan yahay. Cinwaanka iyo lambarka telefoonka waxaa la tusaa oo keliya mutadawaca qaata hawsha.
vol-help-button = Codso caawimaad
vol-record-title = Diiwaangeli codsi caawimaad
vol-record-lede = Loogu talagalay qof deegaanka ah oo soo wacay ama soo diray foom warqad ah. Waxaa loola dhaqmaa si la mid ah codsi onlayn lagu sameeyay, waxaana lagu diiwaangeliyaa inaad adigu qaadday.
vol-record-button = Diiwaangeli codsiga
vol-field-what = Waa maxay caawimaadda loo baahan yahay?
vol-field-help-skills = Caawimaaddu waa nooc noocee ah?
vol-field-resident-name = Magaca qofka la caawinayo
vol-field-address = Lambarka guriga iyo waddada
vol-field-address-hint = Lambarka guriga waxaa arka oo keliya mutadawaca qaata hawshan.
vol-field-postcode = Koodhka boostada
vol-field-resident-phone = Lambarka telefoonka ee mutadawacu wici karo
vol-field-urgency = Caawimaadda intee dhakhso ah ayaa loogu baahan yahay?
vol-field-needed-by = Taariikhda loogu baahan yahay (ikhtiyaari)
vol-field-needed-by-hint = Tusaale ahaan, 2026-03-31.
vol-field-language = Luqadda ay tahay in mutadawacu ku hadlo
vol-field-language-english = Ingiriisi waa ku filan
vol-field-person = Yaa caawimaadda loogu talagalay?
vol-field-in-home-legend = Booqasho
vol-field-in-home = Mutadawacu wuxuu gelayaa gudaha guriga
vol-field-car-needed-legend = Baabuur
vol-field-car-needed = Waxay u baahan tahay baabuur
vol-field-when = Goorma ayaa la qaban karaa?
vol-field-when-hint = Dhammaan calaamad la'aan u daa haddii waqti kasta ku habboon yahay.
vol-field-level = Hubinta DBS ee loo baahan yahay
vol-field-level-hint = Kith wuxuu go'aamiyaa hubinta iyadoo ku saleysan cidda caawimaadda loogu talagalay iyo in mutadawacu gelayo guriga iyo in kale. Codso mid ka sarreeya haddii aad wax badan ogtahay; weligaa ha codsan mid ka hooseeya.
vol-field-level-rule = Sida xeerku go'aamiyo
vol-field-workforce = Qaybta shaqaalaha (workforce)
vol-help-sent-title = Codsigaaga waa na soo gaaray
vol-help-sent-reference = Lambarka tixraacaagu waa
vol-help-sent-next = Isku-duwe ayaa kuu raadin doona mutadawac kuu dhow. Mutadawacu wuu ku soo wici doonaa ka hor intaanu iman.
vol-opportunities-title = Mutadawacnimo
vol-opportunities-lede = Hay'adaha deegaanka ee raadinaya mutadawiciin: doorar joogto ah iyo hawlo hal mar ah.
vol-opportunities-none = Ma jiraan fursado ku habboon.
vol-field-interest = Xiisaha
vol-any-interest = Kasta
vol-find = Raadi
vol-away = { $distance } kaa fog
vol-starts = wuxuu bilaabmayaa { $date }

# Paper
print-large = Ku muuji boggan far waaweyn
print-standard = Ku muuji boggan far caadi ah
print-hint = Ka daabac liiska browser-kaaga; wuxuu u daabacmayaa sida uu u muuqdo.

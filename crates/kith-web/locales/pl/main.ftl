# Kith — Polish (Polski). The team's own translation (a draft until a community translator reviews it).

language-name = Polski
language-direction = ltr
service-name = Kith
skip-to-main-content = Przejdź do treści
nav-label = Menu
nav-wards = Okręgi
nav-admin = Administracja
nav-sign-in = Zaloguj się
nav-sign-out = Wyloguj się
language-switch-label = Wybierz język
demo-tag = Wersja demo
demo-banner = To jest miasto pokazowe. Osoby, dane kontaktowe i konta są zmyślone, ale miejsca są prawdziwe (z otwartych danych).
footer-support-links = Przydatne linki
footer-accessibility = Deklaracja dostępności
footer-privacy = Informacja o prywatności
footer-data = Źródła danych i licencje
footer-translations = Tłumaczenia
footer-api = API z otwartymi danymi
footer-kith = Kith to otwarte oprogramowanie do pracy z lokalnymi społecznościami.
attribution-ogl = Zawiera informacje sektora publicznego udostępnione na licencji Open Government Licence v3.0.
attribution-os = Zawiera dane OS © Crown copyright and database right 2025. Zawiera dane Royal Mail © Royal Mail copyright and database right 2025. Zawiera dane National Statistics © Crown copyright and database right 2025.
error-summary-title = Wystąpił problem
error-prefix = Błąd:
error-title-prefix = Błąd:
error-go-home = Przejdź do strony głównej
error-not-found-title = Nie znaleziono strony
error-not-found-body = Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli został wklejony, sprawdź, czy skopiowano cały adres.
error-forbidden-title = Nie masz dostępu do tej strony
error-forbidden-body = Twoje konto nie ma uprawnień do tej strony. Jeśli jej potrzebujesz, poproś administratora.
error-bad-request-title = Przepraszamy, nie udało się tego odczytać
error-bad-request-body = Coś w przesłanych danych miało inny format, niż się spodziewaliśmy. Wróć i spróbuj ponownie.
error-form-expired-title = Formularz wygasł
error-form-expired-body = Dla Twojego bezpieczeństwa formularz działa tylko na stronie, na której się pojawił. Wróć, odśwież stronę i spróbuj ponownie.
error-too-many-title = Wysłano to zbyt wiele razy
error-too-many-body = Żeby serwis działał uczciwie dla wszystkich, ograniczamy, jak często można wysyłać to samo. Odczekaj dziesięć minut i spróbuj ponownie. Nic, co wysłano w tym czasie, nie zostało zapisane.
error-server-error-title = Przepraszamy, serwis ma problem
error-server-error-body = Spróbuj ponownie później. Nic z tego, co wpisano, nie zostało zapisane tylko w połowie.
finder-title = Znajdź swój okręg
finder-heading = Znajdź swój okręg
finder-lede = Wpisz kod pocztowy, żeby znaleźć swój okręg, jego radnych i koordynatora dzielnicy, który jest Twoją osobą kontaktową w { $city }.
finder-postcode-label = Kod pocztowy
finder-postcode-hint = Na przykład B15 2TT
finder-submit = Znajdź okręg
finder-browse = Albo przejrzyj wszystkie okręgi
finder-error-postcode-missing = Wpisz kod pocztowy
finder-error-postcode-malformed = Wpisz prawdziwy kod pocztowy, np. B15 2TT: litery i cyfry, potem spacja, potem cyfra i dwie litery
finder-error-postcode-unknown = Nie znaleźliśmy kodu { $postcode }. Sprawdź kod pocztowy i spróbuj ponownie: może być nowy albo już nieużywany
finder-error-postcode-outside-known = Kod { $postcode } nie należy do { $city }. To obszar { $council }: w sprawie usług na tym terenie skontaktuj się z radą { $council }
finder-error-postcode-outside = Kod { $postcode } nie należy do { $city }. W sprawie usług na tym terenie skontaktuj się ze swoją radą lokalną
wards-title = Wszystkie okręgi
wards-heading = Okręgi w { $city }
wards-lede = { $count ->
    [one] Jest 1 okręg.
    [few] Są { $count } okręgi.
    [many] Jest { $count } okręgów.
   *[other] Jest { $count } okręgu.
} Każdy okręg wybiera radnych i ma koordynatora dzielnicy.
wards-map-heading = Mapa okręgów
wards-map-hint = Wybierz okręg na mapie, żeby przejść do jego strony, albo skorzystaj z listy okręgów poniżej.
wards-map-title = Mapa okręgów { $city }
wards-list-heading = Lista okręgów
ward-title = Okręg { $ward }
ward-back = Wszystkie okręgi
ward-caption = Okręg w { $city }
ward-contact-heading = Twoja osoba kontaktowa
ward-coordinator-role = Koordynator dzielnicy
ward-no-coordinator = Ten okręg nie ma jeszcze koordynatora dzielnicy.
ward-councillors-heading = { $count ->
    [one] Radny / radna
   *[other] Radni
}
ward-no-councillors = Nie mamy jeszcze danych radnych tego okręgu.
ward-neighbourhood-heading = Dzielnica
ward-neighbourhood-wards = Okręgi:
ward-no-neighbourhood = Ten okręg nie należy jeszcze do żadnej dzielnicy.
ward-map-heading = Mapa
ward-map-title = Mapa okręgu { $ward } i okręgów wokół niego
ward-code = Kod okręgu: { $code }, granice z { $generation } r.
ward-boundary-download = Pobierz granice okręgu (GeoJSON)
contact-email = E-mail
contact-phone = Telefon
nav-directory = Zajęcia i pomoc
# Day names are used on their own, in the nominative ("wtorek"): in lists of days, in "Następne: wtorek o 10 rano"
# and as checkbox labels. The sentences around them are written so that the nominative always fits.
day-monday = poniedziałek
day-tuesday = wtorek
day-wednesday = środa
day-thursday = czwartek
day-friday = piątek
day-saturday = sobota
day-sunday = niedziela
# Months are only used inside a full date ("3 marca 2026"), so they are in the genitive.
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date = { $day } { $month } { $year }
# The code gives a 12-hour clock ("10", "6:30"), so we add "rano" (morning) or "po południu" (afternoon).
time-am = { $time } rano
time-pm = { $time } po południu
list-and = { $first } i { $last }
# Ordinals are only used in schedule-monthly, as "w pierwszym tygodniu" (in the first week of the month),
# because an ordinal next to a day name would have to agree with it (pierwszy wtorek, pierwsza środa).
ordinal-1 = pierwszym
ordinal-2 = drugim
ordinal-3 = trzecim
ordinal-4 = czwartym
ordinal-last = ostatnim
schedule-weekly = Co tydzień: { $days }, od { $opens } do { $closes }
schedule-fortnightly = Co dwa tygodnie: { $days }, od { $opens } do { $closes }
# $weeks is passed as text, so no plural forms can be chosen: "tyg." fits every number.
schedule-every-n-weeks = Co { $weeks } tyg.: { $days }, od { $opens } do { $closes }
schedule-monthly = Raz w miesiącu, w { $ordinal } tygodniu: { $day }, od { $opens } do { $closes }
schedule-once = { $date }, od { $opens } do { $closes }
schedule-not-bank-holidays = , oprócz świąt (bank holidays)
schedule-from = , od dnia { $date }
schedule-until = , do dnia { $date }
next-today = Dziś o { $time }
next-tomorrow = Jutro o { $time }
next-day = { $day } o { $time }
next-date = { $date } o { $time }
checked = Sprawdzono { $ago }
ago-today = dzisiaj
ago-days = { $n ->
    [one] 1 dzień temu
    [few] { $n } dni temu
    [many] { $n } dni temu
   *[other] { $n } dnia temu
}
ago-months = { $n ->
    [one] 1 miesiąc temu
    [few] { $n } miesiące temu
    [many] { $n } miesięcy temu
   *[other] { $n } miesiąca temu
}
# $miles is passed as text (usually with a decimal point, e.g. "0.4"), so the decimal form "mili" is used.
distance-miles = { $miles } mili
cost-free = Bezpłatne
access-step-free = Wejście bez schodów
access-accessible-toilet = Toaleta dla osób z niepełnosprawnością
access-hearing-loop = Pętla indukcyjna dla osób niedosłyszących
access-parking = Parking
access-quiet-space = Ciche miejsce
access-baby-changing = Przewijak dla niemowląt
access-large-print = Informacje dużą czcionką
directory-title = Znajdź zajęcia i pomoc w okolicy
directory-heading = Zajęcia i pomoc w Twojej okolicy
directory-lede = Zajęcia, grupy i wsparcie w { $city }: kluby obiadowe, grupy spacerowe, banki żywności, odwiedziny u osób samotnych, porady i wiele więcej.
directory-page-of = strona { $page } z { $pages }
directory-q-label = Czego szukasz?
directory-q-hint = Na przykład klub obiadowy, spacery, ESOL (kurs angielskiego) albo bank żywności
directory-postcode-label = Kod pocztowy
directory-postcode-hint = Żeby najpierw zobaczyć to, co najbliżej
directory-within-label = Odległość
directory-within-any = Dowolna odległość
directory-within-miles = Do { $miles } mili
directory-need-label = Rodzaj pomocy
directory-need-any = Dowolny
directory-need-all = Wszystko z kategorii: { $need }
directory-ward-label = Okręg
directory-ward-any = Dowolny okręg
directory-age-label = Wiek osoby
directory-age-hint = W latach
directory-when-legend = Kiedy
directory-open-now = Otwarte teraz
directory-on-day = { $day }
directory-cost-legend = Koszt
directory-free-only = Tylko bezpłatne
directory-language-label = Język
directory-language-any = Dowolny język
directory-access-legend = Dostępność
directory-search = Szukaj
directory-results-count = { $count ->
    [0] Brak wyników
    [one] 1 wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
directory-view-list = Lista
directory-view-map = Mapa
directory-shortlist-link = Twoja lista ({ $count })
directory-map-title = Mapa wyników z tej strony
directory-map-you = Twój kod pocztowy
directory-temporarily-closed = Tymczasowo zamknięte
directory-distance = { $distance } stąd
directory-next = Następne: { $when }
directory-also-in = Także w języku: { $languages }
directory-shortlist-add = Dodaj do swojej listy
directory-shortlist-remove = Usuń ze swojej listy
directory-no-results = Nic nie pasuje do wszystkich tych warunków. Wpisz mniej słów, wybierz mniej filtrów albo większą odległość.
directory-open-data = Ten katalog to otwarte dane (Open Referral UK).
directory-open-data-link = Pobierz dane
directory-back = Wróć do wyszukiwania
directory-error-postcode-malformed = Wpisz kod pocztowy, np. B15 2TT
directory-error-postcode-unknown = Nie znamy tego kodu pocztowego: sprawdź go i spróbuj ponownie
directory-error-within-needs-postcode = Wpisz kod pocztowy, żeby szukać w określonej odległości
directory-error-within = Wybierz odległość z listy
directory-error-ward = Wybierz okręg z listy
directory-error-need = Wybierz rodzaj pomocy z listy
directory-error-age = Wpisz wiek w latach, np. 67
directory-error-day = Wybierz dni tygodnia z listy
directory-error-language = Wybierz język z listy
directory-error-access = Wybierz udogodnienia z listy
pagination-previous = Poprzednia
pagination-next = Następna
warning = Uwaga
service-temporarily-closed = Ta usługa jest tymczasowo zamknięta.
service-expired-staff = Nikt nie sprawdzał tego wpisu od 18 miesięcy, więc jest ukryty przed mieszkańcami, dopóki jego właściciel go nie potwierdzi.
service-assured = Jakość sprawdzona: { $date }
service-who-heading = Dla kogo
service-everyone = Dla wszystkich
service-ages-between = { $max ->
    [one] Wiek od { $min } do { $max } roku
    [few] Wiek od { $min } do { $max } lat
    [many] Wiek od { $min } do { $max } lat
   *[other] Wiek od { $min } do { $max } lat
}
service-ages-from = { $min ->
    [one] Wiek od { $min } roku
    [few] Wiek od { $min } lat
    [many] Wiek od { $min } lat
   *[other] Wiek od { $min } lat
}
service-ages-up-to = { $max ->
    [one] Wiek do { $max } roku
    [few] Wiek do { $max } lat
    [many] Wiek do { $max } lat
   *[other] Wiek do { $max } lat
}
service-when-heading = Kiedy
service-calendar = Dodaj terminy do swojego kalendarza
service-no-schedule = Skontaktuj się, żeby dowiedzieć się, kiedy.
service-where-heading = Gdzie
service-in-ward = Okręg:
service-access-heading = Dostępność:
service-access-unknown = Zanim pójdziesz, zapytaj o dostępność.
service-no-location = Ta usługa nie ma stałego miejsca: skontaktuj się z nią.
service-areas = Dla mieszkańców okręgów:
service-contact-heading = Jak się skontaktować
service-cost-heading = Koszt
service-languages-heading = Języki
service-languages-unknown = Zapytaj, w jakich językach można się porozumieć.
service-terms-heading = Rodzaje pomocy
service-funded-by = Finansowane przez: { $funders }
service-see-shortlist = Zobacz swoją listę
service-run-by = Kto to prowadzi
service-history-link = Zobacz historię tego wpisu
service-open-data = Ten wpis jako otwarte dane
nav-manage = Twoje wpisy w katalogu
shortlist-email-subject = Zajęcia i pomoc w okolicy: { $city }
shortlist-email-intro = Oto zajęcia i pomoc, o których rozmawialiśmy. Przy każdej pozycji jest link do szczegółów.
shortlist-email-link = Cała lista, do udostępnienia lub wydruku:
nav-cases = Sprawy
agreements-ward-heading = Standardy usług
agreements-ward-more = Jak każdy standard był spełniany w okręgu { $ward }, miesiąc po miesiącu
agreements-none = Nie opublikowano jeszcze żadnych standardów usług.
agreements-latest = { $percent }% ({ $period })
agreements-met = Spełniony
agreements-not-met = Niespełniony
agreements-trend-up = Lepiej niż w poprzednim okresie
agreements-trend-down = Gorzej niż w poprzednim okresie
agreements-trend-same = Tak samo jak w poprzednim okresie
agreements-too-few = Na razie za mało spraw, żeby podać wynik.
progress-percent = Wykonano: { $percent }%
progress-none = Brak działań
forums-calendar = Dodaj te spotkania forum do kalendarza
forums-online-too = Możesz też dołączyć online.
forums-none-upcoming = Nie zaplanowano jeszcze żadnego forum. Zapytaj koordynatora dzielnicy, kiedy będzie następne.
priorities-link = Priorytety okręgu { $ward }
priorities-propose = Zaproponuj priorytet
priorities-none-adopted = Nie przyjęto jeszcze żadnych priorytetów.
priorities-action-counts = Wykonane działania: { $done } z { $live }
priorities-overdue = { $count ->
    [one] 1 działanie po terminie
    [few] { $count } działania po terminie
    [many] { $count } działań po terminie
   *[other] { $count } działania po terminie
}
ward-next-forum = Następne forum okręgu
ward-all-forums = Wszystkie spotkania forum
ward-offers = Zajęcia i pomoc w pobliżu
ward-offers-all = { $count ->
    [one] Zobacz w katalogu
    [few] Zobacz wszystkie { $count } wpisy w katalogu
    [many] Zobacz wszystkie { $count } wpisów w katalogu
   *[other] Zobacz wszystkie { $count } wpisu w katalogu
}
ward-offers-none = W katalogu nie ma jeszcze nic z tego okręgu.
ward-priorities = Priorytety okręgu
ward-more-priorities = { $count ->
    [one] Jeszcze { $count } priorytet
    [few] Jeszcze { $count } priorytety
    [many] Jeszcze { $count } priorytetów
   *[other] Jeszcze { $count } priorytetu
}
ward-proposals = { $count ->
    [one] 1 propozycja czeka na poparcie
    [few] { $count } propozycje czekają na poparcie
    [many] { $count } propozycji czeka na poparcie
   *[other] { $count } propozycji czeka na poparcie
}
nav-grants = Małe granty
nav-panel = Komisja grantowa
nav-volunteering = Wolontariat
intelligence-profile-heading = Profil okręgu
intelligence-profile-link = Zobacz profil okręgu { $ward }: mieszkańcy, ubóstwo i inne dane

pagination-label = Strony wyników
pagination-page = Strona { $page }
pagination-page-of = Strona { $page } z { $pages }

# Shortlist, forums and priorities, service standards, grants and help
shortlist-title = Twoja lista
shortlist-heading = Zajęcia i pomoc w pobliżu
shortlist-printed = Wydrukowano { $date }. Katalog zajęć i pomocy: { $city }.
shortlist-lede = Wybrane przez Ciebie zajęcia i pomoc, gotowe do wydruku lub udostępnienia.
shortlist-share = Udostępnij tę listę za pomocą tego linku (działa bez konta):
shortlist-print-hint = Żeby ją wydrukować, wybierz drukowanie w przeglądarce: strona wydrukuje się bez menu.
shortlist-empty = Twoja lista jest pusta. Dodaj do niej wpisy z wyników wyszukiwania albo ze strony wpisu.
shortlist-find = Znajdź zajęcia i pomoc
saved-published-title = Opublikowano
saved-review-title = Wysłano do sprawdzenia
saved-published-body = Zmiana jest już widoczna w katalogu.
saved-review-body = Osoba prowadząca sieć w tej okolicy sprawdzi zmianę, zwykle w ciągu kilku dni. Do tego czasu katalog pokazuje poprzednią wersję. Jeśli zmiana zostanie odesłana do poprawki, zobaczysz to tutaj.
saved-back = Wróć do swoich wpisów w katalogu
saved-see = Zobacz wpis w katalogu
shortlist-email-to = Wyślij tę listę e-mailem
shortlist-email-hint = Do mieszkańca albo do siebie, żeby wydrukować ją później. Wysyłaj ją tylko za zgodą tej osoby.
shortlist-email-send = Wyślij listę
shortlist-sent-title = Wysłano
shortlist-sent = Lista została wysłana.
case-choose = Wybierz
agreements-title = Standardy usług
agreements-ward-title = Standardy usług w okręgu { $ward }
agreements-back-to-ward = Wróć do okręgu { $ward }
agreements-lede = Co obiecują rada miasta i jej partnerzy i jak się z tego wywiązują, na podstawie spraw zgłoszonych tutaj. Nie pokazujemy wyników, jeśli jest mniej niż 5 spraw.
agreements-target = Cel: { $target }%
agreements-city-wide = Dla całego miasta
agreements-this-ward = Standard tylko dla tego okręgu
agreements-team = Odpowiada: { $team }
agreements-by-period = Według okresów
agreements-col-period = Okres
agreements-col-cases = Sprawy
agreements-col-percent = Zgodnie z celem
agreements-col-met = Standard
agreements-fewer-than-5 = Mniej niż 5 spraw
agreements-all = Wszystkie standardy usług
agreements-index-lede = Standardy, które publikują rada miasta i jej partnerzy, dla całego miasta i dla poszczególnych okręgów. Na stronie każdego okręgu widać, jak są tam spełniane.
agreements-period-month = co miesiąc
agreements-period-quarter = co kwartał
agreements-by-ward = Według okręgów
agreements-open-data = Otwarte dane
agreements-open-data-lede = Wyniki każdego standardu dla każdego okręgu i okresu. Małe liczby są ukryte, a dane nie mówią nic o żadnej osobie.
agreements-download-csv = Pobierz jako CSV
agreements-download-json = Pobierz jako JSON
forums-ward-title = Spotkania forum okręgu { $ward }
forums-heading = Spotkania forum okręgu
forums-lede = Forum okręgu to otwarte spotkanie, na którym mieszkańcy, radni i lokalne służby ustalają, co jest w okręgu najważniejsze, i sprawdzają, jak idzie praca. Może przyjść każdy.
forums-back = Spotkania forum okręgu { $ward }
forums-back-to-ward = { $ward }
forums-city-calendar = Dodaj do kalendarza spotkania forum ze wszystkich okręgów
forums-city-title = Spotkania forum we wszystkich okręgach miasta
forums-schedule = Zaplanuj spotkanie forum
forums-edit = Zmień szczegóły spotkania
forums-upcoming = Najbliższe spotkania
forums-past = Wcześniejsze spotkania
forums-cancelled = Odwołane
forums-was-cancelled = To spotkanie forum zostało odwołane.
forums-to = do
forums-online = Online
forums-join-online = Dołącz do forum online
forums-none-past = Nie odbyło się jeszcze żadne spotkanie forum.
forums-has-minutes = opublikowano protokół
forums-col-when = Kiedy
forums-col-ward = Okręg
forums-col-where = Gdzie
forums-whats-on-near = Inne zajęcia i pomoc w pobliżu
forums-attendance = Frekwencja
forums-attendance-hint = Ile osób przyszło, jeśli je policzono.
forums-attended = { $count ->
    [one] Przyszła 1 osoba
    [few] Przyszły { $count } osoby
    [many] Przyszło { $count } osób
   *[other] Przyszło { $count } osoby
}
forums-agenda = Program spotkania
forums-no-agenda = Program spotkania nie został jeszcze opublikowany.
forums-minutes = Protokół
forums-minutes-hint = Co omówiono i co ustalono. Nie wpisuj niczyich danych osobowych.
forums-minutes-after = Protokół publikujemy po spotkaniu.
forums-no-minutes = Protokół nie został jeszcze opublikowany.
forums-decided = Decyzje o priorytetach na tym spotkaniu
forums-adopted = Przyjęty
forums-declined = Nieprzyjęty
forums-record = Zapisz informacje o spotkaniu
forums-cancel-legend = Czy spotkanie się odbędzie?
forums-going-ahead = Odbędzie się
forums-save-minutes = Zapisz
forums-open-proposals = Propozycje czekające na decyzję
forums-open-proposals-hint = Otwórz propozycję, żeby zapisać, czy to forum ją przyjęło.
priorities-title = Priorytety okręgu { $ward }
priorities-heading = Priorytety okręgu
priorities-lede = Mieszkańcy proponują, co jest w okręgu najważniejsze, i popierają propozycje innych. Forum okręgu przyjmuje priorytety, a lokalni partnerzy podejmują działania, żeby je zrealizować.
priorities-propose-title = Zaproponuj priorytet dla okręgu { $ward }
priorities-propose-lede = Napisz, czym według Ciebie powinno się zająć forum okręgu. Nie potrzebujesz konta. Twoje imię i adres e-mail widzi tylko koordynator. Nigdy ich nie publikujemy.
priorities-back = Priorytety okręgu { $ward }
priorities-add-adopted = Dodaj priorytet przyjęty na forum
priorities-held = { $count ->
    [one] 1 propozycja do moderacji
    [few] { $count } propozycje do moderacji
    [many] { $count } propozycji do moderacji
   *[other] { $count } propozycji do moderacji
}
priorities-adopted = Przyjęte priorytety
priorities-adopted-on = przyjęty { $date }
priorities-proposed = Propozycje mieszkańców
priorities-proposed-hint = Poprzyj propozycje, z którymi się zgadzasz: forum najpierw zajmuje się tymi, które mają największe poparcie.
priorities-none-proposed = Nie ma otwartych propozycji. Zgłoś własną.
priorities-declined = Nieprzyjęte
priorities-supporters = { $count ->
    [one] Popiera 1 osoba
    [few] Popierają { $count } osoby
    [many] Popiera { $count } osób
   *[other] Popiera { $count } osoby
}
priorities-field-title = Co powinno być priorytetem?
priorities-field-title-hint = Na przykład „Bezpieczniejsze przejście dla pieszych przy szkole podstawowej”
priorities-field-description = Dlaczego to ważne (opcjonalnie)
priorities-field-description-hint = Nie wpisuj niczyich danych osobowych.
priorities-field-name = Twoje imię (opcjonalnie)
priorities-field-name-hint = Widzi je tylko koordynator.
priorities-field-email = Twój adres e-mail (opcjonalnie)
priorities-field-email-hint = Żebyśmy mogli Ci napisać, co postanowiło forum. Nie używamy go do niczego innego.
priorities-field-website = Zostaw to pole puste
priorities-send = Wyślij propozycję
priorities-proposed-title = Dziękujemy za propozycję
priorities-proposed-held = Koordynator przejrzy ją, zanim pojawi się na stronie okręgu, zwykle w ciągu kilku dni.
priorities-proposed-public = Jest już na stronie okręgu, gdzie inni mieszkańcy mogą ją poprzeć.
priorities-see-yours = Zobacz swoją propozycję
priority-state-held = Czeka na moderację
priority-state-proposed = Zaproponowany
priority-state-adopted = Przyjęty
priority-state-declined = Nieprzyjęty
priority-state-removed = Usunięty
priority-adopted-at = na spotkaniu
priority-progress = Postęp
priority-actions = Działania
priority-no-actions = Nie uzgodniono jeszcze żadnych działań.
priority-timeline = Co się wydarzyło
priority-no-timeline = Jeszcze nic się nie wydarzyło.
priority-decide = Zapisz decyzję
priority-decision = Co postanowiono?
priority-decided-at = Na którym spotkaniu forum?
priority-decision-note = Notatka
priority-decision-note-hint = Wymagana, jeśli priorytet nie został przyjęty albo został usunięty: osoba, która go zaproponowała, dowie się, dlaczego.
priority-record-decision = Zapisz tę decyzję
decision-adopt = Przyjęty przez forum
decision-decline = Nieprzyjęty przez forum
decision-remove = Usuń (spam, obraźliwe treści albo dane osobowe)
support-heading = Poprzyj ten priorytet
support-field-email = Twój adres e-mail
support-field-email-hint = Wyślemy Ci e-mailem link do potwierdzenia. Liczymy jedno poparcie na jeden adres e-mail i nie przechowujemy adresu.
support-send = Poprzyj ten priorytet
support-sent-title = Sprawdź pocztę e-mail
support-sent = Wysłaliśmy Ci link. Kliknij go, żeby dodać swoje poparcie.
support-ready-title = Potwierdź swoje poparcie
support-ready = Czy chcesz poprzeć „{ $title }”? Liczymy jedno poparcie na jeden adres e-mail.
support-ready-button = Dodaj moje poparcie
support-already-title = Ten priorytet ma już Twoje poparcie
support-already = Twoje poparcie zostało już policzone. Dziękujemy.
support-counted-title = Dziękujemy za poparcie
support-counted = Twoje poparcie dla „{ $title }” zostało policzone. { $count ->
    [one] Ten priorytet popiera teraz 1 osoba
    [few] Ten priorytet popierają teraz { $count } osoby
    [many] Ten priorytet popiera teraz { $count } osób
   *[other] Ten priorytet popiera teraz { $count } osoby
}.
support-closed-title = W sprawie tego priorytetu zapadła już decyzja
support-closed = Nie można już poprzeć „{ $title }”: forum podjęło decyzję w tej sprawie.
support-expired-title = Ten link wygasł
support-expired = Linki do poparcia priorytetu działają przez 7 dni. Poproś o nowy link na stronie priorytetu.
support-invalid-title = Ten link nie działa
support-invalid = Możliwe, że Twoja poczta e-mail ucięła link. Skopiuj cały link albo poproś o nowy na stronie priorytetu.
support-back = Wróć do priorytetu
actions-add = Dodaj działanie
actions-edit = Zmień działanie
actions-report = Zaktualizuj postęp
actions-due = termin: { $date }
actions-overdue = Po terminie
actions-owner = Odpowiada: { $name }, { $organisation }
actions-dropped-because = Porzucone, ponieważ: { $reason }
actions-field-status = Jak idzie praca?
actions-field-progress = Postęp (w procentach)
actions-field-progress-hint = Liczba całkowita od 0 do 100.
actions-field-note = Co się wydarzyło
actions-field-links = Dowody (linki)
actions-field-links-hint = Jeden link w każdej linii: zdjęcia, raporty, artykuły.
actions-field-reason = Jeśli porzucone, to dlaczego
actions-field-reason-hint = Tylko jeśli wybierzesz „Porzucone”.
tracker-title = Działania we wszystkich okręgach
tracker-ward = Okręg
tracker-every-ward = Wszystkie okręgi
tracker-owner = Kto odpowiada
tracker-every-owner = Wszystkie organizacje
tracker-status = Status
tracker-every-status = Dowolny status
tracker-due-from = Termin od
tracker-due-to = Termin do
tracker-overdue-only = Tylko po terminie
tracker-filter = Pokaż działania
tracker-count = { $count ->
    [one] 1 działanie
    [few] { $count } działania
    [many] { $count } działań
   *[other] { $count } działania
}
tracker-col-action = Działanie
tracker-col-due = Termin
team-link = Wirtualny zespół
grants-title = Małe granty
grants-lede = Pieniądze na to, co sąsiedzi robią razem. Decyzja zapada w kilka dni, a w komisji zasiadają mieszkańcy. Nie potrzebujesz numeru organizacji charytatywnej.
grants-by-phone = Możesz też złożyć wniosek telefonicznie albo na papierze: zadzwoń do urzędu miasta i poproś o zespół ds. grantów. Pracownik wypełni z Tobą formularz.
grants-none = Nie ma jeszcze żadnych funduszy grantowych.
grants-back = Wszystkie małe granty
grants-up-to = Do { $amount }
grants-fast-track-line = { $days ->
    [one] Kwoty do { $amount }: decyzja w ciągu { $days } dnia roboczego
    [few] Kwoty do { $amount }: decyzja w ciągu { $days } dni roboczych
    [many] Kwoty do { $amount }: decyzja w ciągu { $days } dni roboczych
   *[other] Kwoty do { $amount }: decyzja w ciągu { $days } dnia roboczego
}
grants-standard-line = { $days ->
    [one] Wyższe kwoty: decyzję podejmuje komisja w ciągu { $days } dnia roboczego
    [few] Wyższe kwoty: decyzję podejmuje komisja w ciągu { $days } dni roboczych
    [many] Wyższe kwoty: decyzję podejmuje komisja w ciągu { $days } dni roboczych
   *[other] Wyższe kwoty: decyzję podejmuje komisja w ciągu { $days } dnia roboczego
}
grants-open = Nabór otwarty
grants-closed = Nabór zamknięty
grants-closes-on = Nabór kończy się { $date }
grants-rolling = nabór przez cały rok
grants-next-opens = Następny nabór zaczyna się { $date }.
grants-open-data = Otwarte dane
grants-open-data-lede = Każdy przyznany grant publikujemy w dniu przyznania, w formacie 360Giving Data Standard.
grants-360-json = Przyznane granty (360Giving JSON)
grants-360-csv = Przyznane granty (360Giving CSV)
grants-apply = Złóż wniosek
grants-max = Najwyższa kwota, o jaką możesz wnioskować
grants-how-fast = Jak szybko decydujemy
grants-where = Gdzie
grants-whole-city = Całe miasto
grants-who = Kto może złożyć wniosek
grants-any-group = Każda grupa lokalna
grants-no-charity-number = Nie potrzebujesz numeru organizacji charytatywnej: grupa bez statutu może złożyć wniosek przez dwie osoby, które nie są ze sobą spokrewnione.
grants-criteria = Na co patrzy komisja
grants-criterion = { $name } (waga { $weight })
grants-budget = Budżet
grants-pots = Jak budżet jest dzielony między okręgi
grants-col-ward = Okręg
grants-col-pot = Pula
grants-rounds = Nabory
grants-start-title = Rozpocznij wniosek
grants-start-lede = Podaj nazwę swojej grupy, gdzie działacie i jak się z Tobą skontaktować. Zapisujemy wniosek na bieżąco i wysyłamy Ci e-mailem link, dzięki któremu możesz do niego wrócić w dowolnym momencie.
grants-start-button = Zapisz i przejdź dalej
grants-field-group-name = Nazwa Twojej grupy
grants-field-ward = Okręg, w którym działa Twój projekt
grants-field-ward-hint = Jeśli nie wiesz, wybierz okręg, w którym mieszka większość osób, którym pomaga Twoja grupa.
grants-field-your-name = Twoje imię i nazwisko
grants-field-your-email = Twój adres e-mail
grants-field-your-email-hint = Na ten adres wyślemy link do Twojego wniosku. Nie masz e-maila? Złóż wniosek telefonicznie.
grants-application-title = Twój wniosek
grants-application-lede = Wypełnij tyle, ile możesz. Możesz zapisać wniosek i wrócić do niego w dowolnym momencie przez link, który wysłaliśmy Ci e-mailem. Wyślij go, gdy wszystko będzie gotowe.
grants-enter-title = Wpisz wniosek przyjęty telefonicznie albo na papierze
grants-field-channel = Jak wpłynął wniosek?
grants-field-channel-hint = Liczy się dokładnie tak samo jak wniosek złożony online. Zapisujemy, jak wpłynął i kto go wpisał.
grants-channel-phone = Telefonicznie
grants-channel-paper = Na papierze
grants-channel-online = Online
grants-section-group = Twoja grupa
grants-field-group-kind = Jaka to grupa?
grants-field-charity-number = Numer organizacji charytatywnej (charity number)
grants-field-charity-number-hint = Tylko dla zarejestrowanej organizacji charytatywnej.
grants-field-company-number = Numer spółki (company number)
grants-field-company-number-hint = Tylko dla spółki społecznej (community interest company) albo spółki non-profit z gwarancją (company limited by guarantee).
grants-section-people = Osoby składające wniosek
grants-field-contact-name = Twoje imię i nazwisko
grants-field-contact-email = Twój adres e-mail
grants-field-contact-phone = Twój numer telefonu
grants-second-person-lede = Grupa bez statutu składa wniosek przez dwie osoby, które nie są ze sobą spokrewnione i nie mieszkają razem.
grants-field-second-name = Imię i nazwisko drugiej osoby
grants-field-second-email = Adres e-mail drugiej osoby
grants-field-second-phone = Numer telefonu drugiej osoby
grants-field-unrelated = Te dwie osoby
grants-field-unrelated-yes = Nie łączy nas pokrewieństwo i nie mieszkamy pod tym samym adresem
grants-section-money = Komu przekażemy pieniądze
grants-field-payee = Gdzie mamy przelać pieniądze?
grants-field-payee-hint = Grupa nie ma konta bankowego? Pieniądze może przyjąć dla niej inna organizacja, której ufacie: organizacja pośrednicząca (fiscal host).
grants-payee-account = Konto bankowe na nazwę grupy
grants-payee-host = Organizacja pośrednicząca (fiscal host): inna organizacja przyjmuje pieniądze w naszym imieniu
grants-field-account-name = Nazwa posiadacza konta bankowego
grants-field-host-name = Nazwa organizacji pośredniczącej
grants-field-host-email = Adres e-mail organizacji pośredniczącej
grants-section-project = Twój projekt
grants-field-project-title = Nazwa Twojego projektu
grants-field-project-summary = Na co przeznaczysz pieniądze?
grants-field-project-summary-hint = Własnymi słowami. Komu to pomoże i w jaki sposób?
grants-field-amount = O jaką kwotę wnioskujesz (w funtach)?
grants-field-amount-hint = { $days ->
    [one] Do { $max }. O kwotach do { $fast } decydujemy w ciągu { $days } dnia roboczego.
    [few] Do { $max }. O kwotach do { $fast } decydujemy w ciągu { $days } dni roboczych.
    [many] Do { $max }. O kwotach do { $fast } decydujemy w ciągu { $days } dni roboczych.
   *[other] Do { $max }. O kwotach do { $fast } decydujemy w ciągu { $days } dnia roboczego.
}
grants-field-people-reached = Mniej więcej do ilu osób to dotrze?
grants-section-about = O Twojej grupie (opcjonalnie)
grants-about-lede = Te informacje pomagają nam sprawdzić, czy pieniądze docierają do wszystkich społeczności. Nigdy nie publikujemy ich o pojedynczej grupie, tylko łącznie dla wszystkich.
grants-field-minority-led = Czy Twoją grupę prowadzą osoby czarnoskóre, pochodzenia azjatyckiego albo z mniejszości etnicznych?
grants-field-funded-before = Czy Twoja grupa dostała już kiedyś grant od rady miasta?
grants-yes = Tak
grants-no = Nie
grants-rather-not-say = Wolę nie odpowiadać
grants-send = Wyślij wniosek
grants-save-later = Zapisz i wróć później
grants-status-title = Wniosek { $reference }
grants-status-is = Status Twojego wniosku: { $state }.
grants-asked-for = Wnioskowana kwota
grants-awarded = Przyznana kwota
grants-who-decides = Kto decyduje
grants-decided-by = Odpowiedź dostaniesz do
grants-reasons = Uzasadnienie
grants-asked-title = Potrzebujemy od Ciebie trochę więcej informacji
grants-field-answer = Twoja odpowiedź
grants-send-answer = Wyślij odpowiedź
grants-timeline = Co się wydarzyło
grants-event-saved = zapisano
grants-event-submit = wysłano
grants-event-ask = poproszono o więcej informacji
grants-event-answer = udzielono odpowiedzi
grants-event-award = przyznano grant
grants-event-decline = nie przyznano grantu
grants-event-withdraw = wycofano
grants-withdraw = Wycofaj ten wniosek
grants-manage-back = Granty
grants-track-fast = szybka ścieżka
grants-track-standard = komisja
grants-after-award = Po przyznaniu grantu
grants-letter-link = Twoje pismo o przyznaniu grantu (do wydruku lub zachowania)
grants-payment-is = Płatność: { $state }
grants-return-received = Otrzymaliśmy Twoje sprawozdanie końcowe. Dziękujemy.
grants-return-title = Napisz nam, jak poszło
grants-return-lede = Kilka zdań po zakończeniu projektu, do { $date }.
grants-field-what-happened = Co się wydarzyło?
grants-field-people-took-part = Mniej więcej ile osób wzięło udział?
grants-field-spent-on = Na co wydano pieniądze?
grants-field-learned = Czego się nauczyliście i co zrobilibyście inaczej?
grants-send-return = Wyślij sprawozdanie
grants-reach-title = Dokąd trafiły pieniądze: { $fund }
grants-reach-link = Dokąd trafiły pieniądze i jak szybko podjęliśmy decyzje
grants-reach-round = Nabór
grants-reach-all-rounds = Wszystkie nabory
grants-reach-show = Pokaż
grants-reach-summary = Wnioski: { $applications }. Przyznane granty: { $awards }. Przyznana kwota: { $amount }.
grants-reach-suppressed = Liczby mniejsze niż 5 pokazujemy jako „mniej niż 5”, żeby nie dało się wskazać żadnej małej grupy. Te same dane jako otwarte dane:
grants-reach-speed = Liczba dni roboczych do decyzji
grants-reach-col-round = Nabór
grants-reach-days = mediana: { $median }, 90% w ciągu { $p90 } (rozpatrzone wnioski: { $count })
grants-reach-wards = Według okręgów
grants-reach-col-deprivation = Ubóstwo (średni wynik IMD 2025)
grants-reach-col-awards = Przyznane granty
grants-reach-col-amount = Przyznana kwota
grants-reach-who = Do kogo trafiły pieniądze
grants-reach-fewer = mniej niż 5
grants-reach-tally = { $count ->
    [one] { $count } grant, { $amount }
    [few] { $count } granty, { $amount }
    [many] { $count } grantów, { $amount }
   *[other] { $count } grantu, { $amount }
}
grants-reach-first-time = Grupy, które dostały grant po raz pierwszy
grants-reach-minority-led = Grupy prowadzone przez osoby czarnoskóre, pochodzenia azjatyckiego albo z mniejszości etnicznych (według ich własnej deklaracji)
vol-sign-up-title = Zgłoś się do wolontariatu i pomagaj sąsiadom
vol-help-title = Poproś o pomoc
vol-help-lede = Lokalny wolontariusz albo wolontariuszka może pomóc na przykład w zakupach, w odebraniu leków na receptę albo zadzwonić, żeby porozmawiać. Napisz, czego potrzeba. Adres i numer telefonu zobaczy tylko osoba, która podejmie się pomocy.
vol-help-button = Poproś o pomoc
vol-record-title = Zapisz prośbę o pomoc
vol-record-lede = Dla osoby, która zadzwoniła albo przysłała papierowy formularz. Prośba jest traktowana dokładnie tak samo jak prośba złożona online i zapisana jako przyjęta przez Ciebie.
vol-record-button = Zapisz prośbę
vol-field-what = W czym potrzebna jest pomoc?
vol-field-help-skills = Jaki to rodzaj pomocy?
vol-field-resident-name = Imię i nazwisko osoby, która potrzebuje pomocy
vol-field-address = Numer domu i ulica
vol-field-address-hint = Numer domu zobaczy tylko osoba, która podejmie się tej pomocy.
vol-field-postcode = Kod pocztowy
vol-field-resident-phone = Numer telefonu, pod który może zadzwonić wolontariusz
vol-field-urgency = Jak szybko potrzebna jest pomoc?
vol-field-needed-by = Potrzebne do dnia (opcjonalnie)
vol-field-needed-by-hint = Na przykład 2026-03-31.
vol-field-language = Język, którym powinien mówić wolontariusz
vol-field-language-english = Może być angielski
vol-field-person = Dla kogo jest ta pomoc?
vol-field-in-home-legend = Wizyta w domu
vol-field-in-home = Wolontariusz wejdzie do domu
vol-field-car-needed-legend = Samochód
vol-field-car-needed = Potrzebny jest samochód
vol-field-when = Kiedy można pomóc?
vol-field-when-hint = Jeśli pasuje każdy termin, nie zaznaczaj niczego.
vol-field-level = Potrzebne sprawdzenie DBS
vol-field-level-hint = Kith ustala rodzaj sprawdzenia na podstawie tego, dla kogo jest pomoc i czy wolontariusz wchodzi do domu. Jeśli wiesz więcej, możesz wybrać wyższy poziom, ale nigdy niższy.
vol-field-level-rule = Zgodnie z zasadami
vol-field-workforce = Obszar pracy (workforce)
vol-help-sent-title = Mamy Twoją prośbę
vol-help-sent-reference = Numer Twojej prośby to
vol-help-sent-next = Koordynator znajdzie wolontariusza w Twojej okolicy. Wolontariusz zadzwoni do Ciebie, zanim przyjdzie.
vol-opportunities-title = Wolontariat
vol-opportunities-lede = Lokalne organizacje szukają wolontariuszy: do stałych ról i do jednorazowych zadań.
vol-opportunities-none = Nic nie pasuje.
vol-field-interest = Zainteresowania
vol-any-interest = Dowolne
vol-find = Szukaj
vol-away = { $distance } stąd
vol-starts = początek: { $date }

# Paper
print-large = Pokaż tę stronę dużą czcionką
print-standard = Pokaż tę stronę zwykłą czcionką
print-hint = Wydrukuj ją z menu przeglądarki; wydrukuje się tak, jak wygląda.

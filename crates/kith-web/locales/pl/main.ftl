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
ward-follow-heading = Obserwuj ten okręg
ward-follow-intro = Śledź wiadomości z okręgu w czytniku kanałów albo w swoim kalendarzu, bez zakładania konta.
ward-follow-priorities = Priorytety okręgu i decyzje forum (kanał Atom)
ward-follow-directory = Zmiany w lokalnych usługach w katalogu (kanał Atom)
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

# Community buildings, ward profiles, stakeholders, sign-in, accessibility, privacy and data, and status names
attribution-ons = Źródło: Office for National Statistics, na licencji Open Government Licence v3.0.
attribution-lsoa = Przypisanie obszarów LSOA do okręgów: Office for National Statistics, Open Government Licence v3.0.
attribution-lsoa-boundaries = Granice obszarów LSOA: LSOA 2011 GeoJSON, autor: Martin Chorley (github.com/martinjc/UK-GeoJSON), CC BY 4.0, oraz granice ONS LSOA z grudnia 2021 r. za pośrednictwem open-innovations/geography-bits; zawiera dane OS i ONS © Crown copyright and database right.
attribution-iod = English Indices of Deprivation 2025 (wskaźniki ubóstwa w Anglii): Ministry of Housing, Communities and Local Government, Open Government Licence v3.0.
sign-in-title = Zaloguj się
sign-in-heading = Zaloguj się
sign-in-lede = Zaloguj się adresem e-mail i hasłem swojego konta pracownika albo partnera.
sign-in-email = Adres e-mail
sign-in-password = Hasło
sign-in-submit = Zaloguj się
sign-in-oidc-lede = Jeśli pracujesz dla { $name }, zaloguj się kontem służbowym.
sign-in-oidc-button = Zaloguj się przez { $name }
sign-in-oidc-or-password = Albo zaloguj się hasłem do Kith
save = Zapisz
accessibility-title = Deklaracja dostępności
accessibility-intro = Ten serwis prowadzi rada miasta { $city }. Chcemy, żeby mogło z niego korzystać jak najwięcej osób. Oznacza to, że możesz:
accessibility-zoom = powiększyć stronę nawet do 400%, a tekst nie wyjdzie poza ekran
accessibility-keyboard = korzystać z całego serwisu tylko za pomocą klawiatury
accessibility-screen-reader = korzystać z serwisu za pomocą czytnika ekranu
accessibility-no-javascript = korzystać z każdej strony bez JavaScriptu, przy wolnym połączeniu albo na wydruku
accessibility-languages = czytać wyszukiwarkę okręgów w innych językach, także w pismach zapisywanych od prawej do lewej
accessibility-status-heading = Stan zgodności
accessibility-status = Ten serwis ma spełniać wytyczne Web Content Accessibility Guidelines w wersji 2.2 na poziomie AA.
accessibility-testing-heading = Jak testujemy
accessibility-testing = Przy każdej zmianie oprogramowania każda publiczna strona, także z komunikatami o błędach, jest automatycznie sprawdzana według zasad WCAG 2.2 na poziomach A i AA, na ekranie telefonu i komputera, a także obsługiwana wyłącznie klawiaturą.
accessibility-report-heading = Zgłaszanie problemów
accessibility-report = Jeśli znajdziesz problem albo potrzebujesz informacji w innym formacie, skontaktuj się z koordynatorem dzielnicy (znajdziesz go na stronie swojego okręgu).
accessibility-enforcement = Za egzekwowanie przepisów o dostępności odpowiada Equality and Human Rights Commission (Komisja ds. Równości i Praw Człowieka). Jeśli nasza odpowiedź Cię nie zadowala, skontaktuj się z Equality Advisory and Support Service.
privacy-title = Informacja o prywatności
privacy-intro = Ten serwis prowadzi rada miasta { $city }. Tu wyjaśniamy, jakie informacje o Tobie serwis przechowuje i dlaczego.
privacy-finder-heading = Wyszukiwanie okręgu
privacy-finder = Kod pocztowy, który wpisujesz, służy do znalezienia Twojego okręgu i nie jest zapisywany.
privacy-staff-heading = Konta pracowników i partnerów
privacy-staff = O osobach, które mają konto, przechowujemy imię i nazwisko, adres e-mail, role oraz zapis każdego logowania i każdej zmiany administracyjnej. Robimy to, żeby chronić informacje o mieszkańcach.
privacy-cookies-heading = Pliki cookie
privacy-cookies-caption = Pliki cookie, których używa ten serwis: wszystkie są potrzebne do jego działania
privacy-cookie-name = Nazwa
privacy-cookie-purpose = Do czego służy
privacy-cookie-expires = Kiedy wygasa
privacy-cookie-csrf = Chroni formularze przed wysłaniem przez inne strony internetowe
privacy-cookie-session = Podtrzymuje Twoje logowanie
privacy-cookie-lang = Zapamiętuje wybrany przez Ciebie język
privacy-cookie-session-end = Po zamknięciu przeglądarki
privacy-cookie-12-hours = Po 12 godzinach
privacy-cookie-1-year = Po roku
privacy-rights-heading = Twoje prawa
privacy-rights = Możesz poprosić o kopię informacji, które o Tobie przechowujemy, i o ich poprawienie. Skontaktuj się z inspektorem ochrony danych rady miasta.
data-title = Źródła danych i licencje
data-intro = Okręgi, kody pocztowe i obszary statystyczne w tym serwisie to otwarte dane:
data-api-heading = Otwarte dane
data-api = Dane o miejscach są dostępne w formatach JSON i GeoJSON przez API:
data-directory-title = Katalog jako otwarte dane
data-directory-heading = Katalog jako otwarte dane
data-directory-lede = Cały katalog: { $city }, liczba wpisów: { $count }. Możesz bezpłatnie wykorzystywać te dane. Pliki zawierają tylko to, co usługi publikują o sobie: żadnych danych osobowych.
data-directory-downloads = Pobierz
data-directory-ndjson = Open Referral UK, jedna usługa w każdej linii (ndjson)
data-directory-csv = Arkusz kalkulacyjny (CSV)
data-directory-geojson = Punkty na mapie (GeoJSON)
data-directory-api = API
data-directory-api-body = Te same dane udostępnia API Open Referral UK 3.0. Klucz nie jest potrzebny:
data-directory-template = Jak przesłać nam swoje usługi
data-directory-template-body = Grupy i sieci mogą przesłać swoje usługi jako arkusz kalkulacyjny z tymi kolumnami (takimi samymi jak w pliku CSV do pobrania) albo jako strumień danych Open Referral UK:
data-directory-licence = Dane katalogu są dostępne na licencji Open Government Licence v3.0.
link-title = Czy to nadal aktualne?
link-heading = Czy wpis „{ $name }” jest nadal aktualny?
link-confirm = Tak, wszystko jest nadal aktualne
link-changed = Coś się zmieniło?
link-sign-in = Zaloguj się i zaktualizuj wpis
link-done-title = Dziękujemy
link-done-body = Wpis jest uznany za sprawdzony dzisiaj. Zapytamy ponownie za 6 miesięcy.
link-problem-title = Ten link nie działa
link-used = Od wysłania tego linku ktoś sprawdził albo zmienił wpis, więc link już nie działa. Nie musisz nic więcej robić.
link-gone = Tej usługi nie ma już w katalogu.
link-invalid = Link jest niepełny. Skopiuj cały link z e-maila albo po prostu się zaloguj.
link-problem-next = Jeśli musisz zaktualizować wpis, poproś o to osobę prowadzącą Twoją sieć albo
save-changes = Zapisz zmiany
forums-field-title = Nazwa forum
forums-field-title-hint = Zostaw puste, żeby użyć nazwy „Forum okręgu { $ward }”.
forums-field-date = Data
forums-field-date-hint = Na przykład 2027-03-14
forums-field-starts = Początek
forums-field-ends = Koniec
forums-field-time-hint = Na przykład 18:30 albo 6:30pm
forums-field-location = Miejsce z katalogu
forums-field-location-hint = Wybierz jedno z miejsc w okręgu, z których korzysta społeczność, albo wpisz miejsce spotkania poniżej.
forums-no-location = Żadne z tych miejsc
forums-field-venue = Miejsce spotkania
forums-field-venue-hint = Nazwa i adres, żeby ludzie mogli tam trafić.
forums-field-online = Link do udziału online (opcjonalnie)
action-status-done = Wykonane
action-status-dropped = Porzucone
stakeholders-title = Mapa interesariuszy
stakeholders-ward-title = Mapa interesariuszy: { $ward }
stakeholders-lede = Kto działa w każdej dzielnicy, kto pełni jaką rolę i które organizacje ze sobą współpracują.
stakeholders-ward = Okręg
stakeholders-whole-city = Całe miasto
stakeholders-city-wide = Na terenie całego miasta (nie w jednym okręgu)
stakeholders-kind = Rodzaj organizacji
stakeholders-every-kind = Wszystkie rodzaje
stakeholders-show = Pokaż
stakeholders-add-organisation = Dodaj organizację
stakeholders-measures = Sieć w skrócie
stakeholders-organisations = Organizacje
stakeholders-partnerships = Partnerstwa
stakeholders-groups = Oddzielne grupy
stakeholders-groups-value = { $count } (liczba organizacji w największej: { $largest })
stakeholders-isolated = Działające samodzielnie
stakeholders-isolated-hint = Organizacje bez zapisanego partnerstwa: warto je komuś przedstawić.
stakeholders-bridges = Mosty
stakeholders-bridges-hint = Bez tych organizacji grupy, które dziś współpracują, nie byłyby ze sobą w żaden sposób połączone.
stakeholders-brokers = Łączniki
stakeholders-brokers-hint = Organizacje, które leżą na największej liczbie ścieżek między innymi (pośrednictwo, ang. betweenness, od 0 do 1).
stakeholders-holds = { $count ->
    [one] łączy 2 grupy, które poza tym nie są ze sobą połączone
    [few] łączy { $count } grupy z resztą sieci
    [many] łączy { $count } grup z resztą sieci
   *[other] łączy { $count } grupy z resztą sieci
}
stakeholders-none = Brak.
stakeholders-network = Sieć
stakeholders-network-title = Jak współpracują organizacje w okręgu { $ward }
stakeholders-network-desc = Każde kółko to organizacja, a każda linia to partnerstwo. Mosty są pomarańczowe, a organizacje działające samodzielnie są szare. Listy na tej stronie podają te same informacje w formie tekstu.
stakeholders-network-key = Pomarańczowe: mosty. Szare: działające samodzielnie. Większe kółka mają więcej partnerstw. Wybierz kółko, żeby zobaczyć organizację.
stakeholders-city-network-title = Partnerstwa między okręgami
stakeholders-city-network-desc = Każde kółko to okręg: tym większe, im więcej organizacji ma w nim siedzibę. Linie łączą okręgi, których organizacje współpracują. Im więcej partnerstw, tym grubsza linia.
stakeholders-city-key = Kółka to okręgi, a ich wielkość zależy od liczby organizacji. Linie to partnerstwa między okręgami. Liczba organizacji działających w całym mieście: { $count }. Wybierz okręg, żeby zobaczyć jego sieć.
stakeholders-ward-node = { $ward } (organizacje: { $count })
stakeholders-export = Pobierz sieć:
stakeholders-export-organisations = organizacje (CSV)
stakeholders-export-partnerships = partnerstwa (CSV)
stakeholders-people = Osoby i ich role
stakeholders-col-name = Imię i nazwisko
stakeholders-col-role = Rola
stakeholders-col-area = Obszar
stakeholders-shown = Pokazano { $shown } z { $count }
stakeholders-partner-count = { $count ->
    [one] 1 partnerstwo
    [few] { $count } partnerstwa
    [many] { $count } partnerstw
   *[other] { $count } partnerstwa
}
stakeholders-since = od { $date }
stakeholders-no-partners = Nie zapisano żadnych partnerstw.
stakeholders-remove-partnership = Usuń
stakeholders-edit-profile = Zmień dane
stakeholders-add-partnership = Zapisz partnerstwo
stakeholders-field-name = Nazwa
stakeholders-field-description = Czym się zajmuje
stakeholders-field-website = Strona internetowa (opcjonalnie)
stakeholders-field-partner = Współpracuje z
stakeholders-field-partnership-kind = Na czym polega współpraca
stakeholders-field-started = Od kiedy (opcjonalnie)
stakeholders-field-ended = Do kiedy (opcjonalnie)
stakeholders-field-note = Co robią razem
vol-own-title = Twój wolontariat
vol-own-you-are = Twój status: { $state }.
vol-pause = Wstrzymaj: na razie nie mogę przyjmować zadań
vol-resume = Wznów: znowu mogę przyjmować zadania
vol-contact-title = Komu pomóc (prośba { $reference })
vol-contact-audited = Nie przekazuj nikomu tych danych. Każde ich wyświetlenie jest zapisywane.
vol-offered-title = Zadania zaproponowane Tobie
vol-offered-none = Żadne zadanie nie czeka na Twoją odpowiedź.
vol-accepted-title = Twoje zadania
vol-accepted-none = Nie masz teraz żadnych zadań.
vol-needed-by = potrzebne do dnia { $date }
vol-accept = Przyjmij
vol-decline = Odmów
vol-show-address = Pokaż adres i numer telefonu
vol-field-note = Notatka dla koordynatora
vol-done = Zrobione
vol-could-not = Nie udało się
vol-near-title = Zadania w pobliżu
vol-near-lede = Otwarte zadania, które możesz wykonać. Widzisz ulicę, a pełny adres zobaczysz, gdy zadanie będzie Twoje.
vol-near-none = W pobliżu nie ma otwartych zadań, które pasują do tego, co oferujesz.
vol-claim = Zajmę się tym
tb-title = Bank czasu
tb-field-hours = Ile czasu
tb-field-hours-hint = Na przykład 1:30 albo 45 min.
tb-field-what = Na czym polegała pomoc
tb-field-on = Którego dnia
tb-record-button = Zapisz godziny
tb-statement-title = Twoje zestawienie z banku czasu
tb-balance = Twoje saldo: { $hours }.
tb-waiting-helped = { $other } zgłasza, że ta osoba dostała od Ciebie pomoc przez { $hours } ({ $what }, { $on }).
tb-waiting-was-helped = { $other } zgłasza, że ta osoba pomagała Ci przez { $hours } ({ $what }, { $on }).
tb-confirm = Potwierdź
tb-refuse = To się nie zgadza
tb-record-yours = Zapisz czas pomocy: udzielonej albo otrzymanej
tb-field-other = Adres e-mail drugiej osoby
tb-field-direction = Kto komu pomagał?
tb-gave = Ja tej osobie
tb-received = Ta osoba mnie
intelligence-profile-title = Profil okręgu { $ward }
intelligence-profile-back = Wróć do okręgu { $ward }
intelligence-profile-caption = Profil okręgu
intelligence-population = Liczba mieszkańców: { $people } ({ $source }).
intelligence-none = Nie wczytano jeszcze żadnych danych liczbowych.
intelligence-deprivation-heading = Ubóstwo
intelligence-deprivation-lede = Ilu mieszkańców okręgu mieszka w każdej z dziesięciu grup obszarów Anglii: od najuboższych (decyl 1) do najmniej ubogich (decyl 10). W całej Anglii w każdej grupie mieszka jedna dziesiąta ludności.
intelligence-weights-equal = Każdy mały obszar (LSOA) liczymy według szacunkowej liczby jego mieszkańców: liczbę mieszkańców okręgu ze spisu powszechnego (Census 2021) dzielimy po równo między jego małe obszary, bo są one wyznaczone tak, żeby miały podobną liczbę mieszkańców.
intelligence-weights-none = Nie wczytano liczby mieszkańców, więc każdy mały obszar (LSOA) liczy się tak samo.
intelligence-in-decile-one = mieszkańców okręgu mieszka w najuboższej dziesiątej części obszarów Anglii
intelligence-deciles-caption = Odsetek mieszkańców w każdym decylu krajowym: { $domain }
intelligence-decile = Decyl
intelligence-city = Miasto
intelligence-england = Anglia
intelligence-see-map = Mapa: { $indicator }
intelligence-indicator = Wskaźnik
intelligence-interval = Przedział ufności 95%: { $range }
intelligence-not-given = Brak danych
intelligence-sources-heading = Źródła
intelligence-all-link = Wszystkie liczby, mapy i dane
intelligence-index-title = Liczby, mapy i otwarte dane
intelligence-index-lede = Wszystkie liczby, jakie Kith ma o okręgach i małych obszarach miasta, razem z mapami i danymi do pobrania. Liczby dotyczą obszarów, nigdy pojedynczych osób. Nie pokazujemy liczb mniejszych niż 5.
intelligence-maps = Mapy
intelligence-data = Dane
intelligence-level-wards = Okręgi
intelligence-level-lsoas = Małe obszary (LSOA)
intelligence-map-title = { $indicator } – mapa: { $level }
intelligence-map-lede = { $measure }. Ciemniejsze obszary mają wyższe wartości. Każdą wartość znajdziesz w tabeli pod mapą.
intelligence-map-other-wards = Zobacz według okręgów
intelligence-map-other-lsoas = Zobacz według małych obszarów (LSOA)
intelligence-legend = Legenda
intelligence-areas = { $count ->
    [one] 1 obszar
    [few] { $count } obszary
    [many] { $count } obszarów
   *[other] { $count } obszaru
}
intelligence-no-value = Brak wartości albo wartość ukryta
intelligence-boundaries = Granice: { $boundaries }.
intelligence-download = Pobierz:
intelligence-table-heading = Wszystkie obszary
intelligence-class = Przedział
assets-title = Budynki i przestrzenie dla społeczności
assets-lede = Budynki i przestrzenie, z których korzystają lokalne społeczności: do kogo należą, do czego służą, ile osób mogą pomieścić, jak są dostępne i kto z nich korzysta.
assets-acv-link = Obiekty o wartości dla społeczności: lista i odrzucone zgłoszenia
assets-add = Dodaj budynek albo przestrzeń
assets-edit = Zmień dane tego budynku
assets-ward-filter = Okręg
assets-all-wards = Wszystkie okręgi
assets-show = Pokaż
assets-count = { $count ->
    [one] 1 budynek lub przestrzeń
    [few] { $count } budynki i przestrzenie
    [many] { $count } budynków i przestrzeni
   *[other] { $count } budynku lub przestrzeni
}
assets-name = Nazwa
assets-use = Co to jest
assets-owner = Właściciel
assets-ward = Okręg
assets-capacity = Pojemność (liczba osób)
assets-none = W rejestrze nie ma tu jeszcze żadnych budynków ani przestrzeni.
assets-targets-heading = Ile trwa przekazanie budynku społeczności (community asset transfer)
assets-targets-lede = Organizacja społeczna może poprosić o przejęcie budynku należącego do rady miasta. Oto terminy, jakie rada miasta wyznacza sobie na każdy etap, w dniach roboczych.
assets-stage = Etap
assets-target = Termin docelowy
assets-working-days = { $count ->
    [one] 1 dzień roboczy
    [few] { $count } dni robocze
    [many] { $count } dni roboczych
   *[other] { $count } dnia roboczego
}
assets-ongoing = Bez terminu
assets-address = Adres
assets-condition = Stan techniczny
assets-not-known = Nie wiadomo
assets-accessibility = Dostępność
assets-used-by = Kto z niego korzysta
assets-since = od { $date }
assets-acv-heading = Obiekt o wartości dla społeczności
assets-listed-until = na liście do dnia { $date }
assets-acv-title = Obiekty o wartości dla społeczności
assets-acv-lede = Grunty i budynki wpisane na listę, ponieważ sposób ich użytkowania służy dobru lokalnej społeczności. Gdy właściciel chce sprzedać taki obiekt, grupy lokalne dostają czas na złożenie oferty. Rada miasta publikuje tę listę oraz zgłoszenia, których nie wpisała na listę, zgodnie z wymogami Localism Act 2011.
assets-acv-listed = Na liście
assets-nominated-by = Zgłaszający
assets-listed-on = Data wpisu na listę
assets-listing-ends = Wpis ważny do
assets-standing = Status
assets-until = do { $date }
assets-acv-none-listed = Na liście nie ma jeszcze żadnych obiektów.
assets-acv-unsuccessful = Odrzucone zgłoszenia
assets-acv-none-unsuccessful = Nie ma odrzuconych zgłoszeń.
assets-decided-on = Data decyzji
assets-transfers-title = Przekazania budynków społecznościom (community asset transfer)
assets-nominations-title = Zgłoszenia obiektów o wartości dla społeczności
assets-services-here = Usługi prowadzone w tym miejscu ({ $place })
assets-no-services-here = W katalogu nie ma jeszcze żadnych usług prowadzonych w tym miejscu.
assets-ask-heading = Dla grup lokalnych
assets-ask-nominate-link = Zgłoś to miejsce jako obiekt o wartości dla społeczności
assets-ask-transfer-link = Poproś o przejęcie tego miejsca (community asset transfer)
assets-ask-nominate-title = Zgłoś „{ $name }” jako obiekt o wartości dla społeczności
assets-ask-nominate-lede = Jeśli budynek lub teren jest używany w sposób, który służy dobru Twojej społeczności, Twoja grupa może go zgłosić. Rada miasta podejmuje decyzję w ciągu ośmiu tygodni. Gdy obiekt trafi na listę, a właściciel zechce go sprzedać, Twoja grupa dostanie czas na złożenie oferty.
assets-ask-transfer-title = Poproś o przejęcie: „{ $name }”
assets-ask-transfer-lede = Organizacja społeczna może poprosić o przejęcie budynku należącego do rady miasta, w formie dzierżawy albo przekazania. To jest Twoje zgłoszenie zainteresowania: rada miasta skontaktuje się z Tobą w sprawie kolejnych kroków i powie, ile potrwa każdy z nich.
assets-ask-phone = Możesz to też zrobić telefonicznie albo listownie: rada miasta zapisze to za Ciebie.
assets-ask-name = Twoja grupa lub organizacja
assets-ask-email = Adres e-mail, na który rada miasta ma wysłać odpowiedź
assets-ask-nominate-words = W jaki sposób użytkowanie tego miejsca służy dobru lub interesom społeczności
assets-ask-transfer-words = Do czego Twoja organizacja wykorzystałaby to miejsce (opcjonalnie)
assets-ask-send = Wyślij
assets-asked-title = Wysłano
assets-asked-nominate = Rada miasta otrzymała Twoje zgłoszenie. O swojej decyzji poinformuje Cię w ciągu ośmiu tygodni, pisząc na adres { $email }.
assets-asked-transfer = Rada miasta otrzymała Twoje zgłoszenie zainteresowania. Na każdym etapie napisze na adres { $email }.
assets-asked-back = Wróć do: „{ $name }”
intelligence-needs-heading = Potrzeby i pomoc w zasięgu
intelligence-needs-lede = Dla każdego rodzaju pomocy z katalogu: ile usług jest w zasięgu mili pieszo od miejsca, w którym mieszkają mieszkańcy okręgu, w przeliczeniu na 1000 mieszkańców, w porównaniu z całym miastem. Najpierw pokazujemy największe luki między potrzebami a dostępną pomocą.
intelligence-need = Rodzaj pomocy
intelligence-within-reach = W zasięgu, na 1000 mieszkańców
intelligence-why = Dlaczego jest na tym miejscu
intelligence-useful-hours = Otwarte wieczorami lub w weekendy: { $count }
intelligence-other-languages = W innych językach: { $count }
intelligence-gap-title = Więcej pomocy w zasięgu: { $need }
intelligence-propose-priority = Zaproponuj to jako priorytet okręgu
intelligence-assessment-link = Strategiczna ocena okręgu (place strategic assessment): do wydruku i jako CSV
intelligence-assessment-title = Strategiczna ocena okręgu: { $ward }
intelligence-assessment-caption = Stan na { $date }
intelligence-assessment-csv = Pobierz ocenę jako CSV
intelligence-most-deprived-tenth = W najuboższej dziesiątej części obszarów Anglii
intelligence-against-city = W porównaniu z miastem
intelligence-gaps-heading = Największe luki między potrzebami a dostępną pomocą
intelligence-priorities-heading = Priorytety forum
intelligence-themes-heading = Tematy spraw z ostatnich 12 miesięcy
intelligence-category = Kategoria
intelligence-cases = Sprawy
intelligence-fewer-than-five = Mniej niż 5
intelligence-no-cases = W ciągu ostatnich 12 miesięcy nie zgłoszono tu żadnych spraw.
intelligence-not-enough-cases = na razie za mało spraw
intelligence-target = cel: { $percent }%
translations-title = Tłumaczenia
translations-lede = Kith działa po angielsku i w językach społeczności wymienionych poniżej. Każdy komunikat ma status: wersja robocza (przygotowana maszynowo albo przez zespół), sprawdzony (przez tłumacza ze społeczności) albo zatwierdzony (widoczny publicznie). Jeśli komunikat nie jest jeszcze zatwierdzony, strona pokazuje go po angielsku.
translations-statuses = Każdy tłumacz ze społeczności pracuje nad jednym językiem, bezpośrednio w Kith: przy każdym komunikacie widzi tekst angielski i ma do dyspozycji słownik terminów.
translations-languages = Języki
translations-language = Język
translations-approved = Zatwierdzone
translations-reviewed = Sprawdzone przez tłumacza ze społeczności
translations-waiting = Czekają na sprawdzenie lub zatwierdzenie
translations-stale = Tekst angielski zmieniony od tłumaczenia
translations-missing = Nieprzetłumaczone
translations-shown-in-english = Pokazane po angielsku od uruchomienia serwera
translations-which = Które komunikaty
translations-percent = { $percent }%
translations-of = { $count } z { $total }
translations-work-on = Pracuj nad językiem: { $language }
translations-glossary = Słownik terminów
translations-by-page = Według stron
translations-by-page-lede = Jaka część komunikatów na każdej stronie jest zatwierdzona, a pod spodem: jaką część sprawdził tłumacz ze społeczności. Każda strona potrzebuje też ramy serwisu (nagłówka, stopki i stron błędów).
translations-page = Strona
translations-reviewed-short = Sprawdzono: { $percent }%
translations-page-shell = Nagłówek, stopka i błędy
translations-page-home = Strona główna i wyszukiwarka okręgów
translations-page-wards = Wszystkie okręgi
translations-page-ward = Strona okręgu
translations-page-directory = Wyszukiwanie w katalogu
translations-page-service = Strona wpisu
translations-page-dates = Daty, godziny i godziny otwarcia
translations-page-shortlist = Twoja lista
translations-page-forums = Fora okręgów i priorytety
translations-page-standards = Standardy usług
translations-page-grants = Małe granty
translations-page-help = Pomoc i wolontariat
translations-page-assets = Budynki dla społeczności

# Volunteering sign-up, a volunteer's own pages and status names
case-state-new = Nowa
case-state-transferred = Przekazana
case-state-acknowledged = Potwierdzono odbiór
case-state-accepted = Przyjęta
case-state-waiting = Oczekuje
case-state-resolved = Rozwiązana
case-state-declined = Nieprzyjęta
case-state-closed = Zamknięta
case-state-reopened = Otwarta ponownie
case-state-merged = Połączona jako duplikat
vol-sign-up-lede = Napisz, w czym, gdzie i kiedy możesz pomóc. Nikomu nie pokazujemy Twojego domowego kodu pocztowego: używamy go tylko po to, żeby proponować Ci zadania w pobliżu. Możesz zrobić przerwę, kiedy tylko potrzebujesz.
vol-sign-up-button = Zgłoś się
vol-register-title = Zarejestruj wolontariusza
vol-register-lede = Dla osoby, która zadzwoniła albo przysłała papierowy formularz. Jest traktowana dokładnie tak samo jak wolontariusz, który zgłosił się online, i zapisana jako zarejestrowana przez Ciebie.
vol-register-button = Zarejestruj tę osobę
vol-register-phone = Zarejestruj wolontariusza, który zadzwonił
vol-register-paper = Zarejestruj wolontariusza z papierowego formularza
vol-field-name = Imię i nazwisko
vol-field-email = Adres e-mail
vol-field-email-hint = Wyślemy Ci e-mailem link do Twojej własnej strony. Jeśli nie masz e-maila, podaj numer telefonu.
vol-field-phone = Numer telefonu
vol-field-home-postcode = Domowy kod pocztowy
vol-field-home-postcode-hint = Nikomu go nie pokazujemy. Służy tylko do obliczenia, jak daleko jest zadanie.
vol-field-travel = Jak daleko możesz dojechać lub dojść (w kilometrach)?
vol-field-travel-hint = Na przykład 2. Najwyżej 20.
vol-field-skills = W czym możesz pomóc?
vol-field-languages = Jakimi językami mówisz?
vol-field-languages-hint = Oprócz angielskiego. Jeśli to ważne, wybierz pismo, w którym czytasz.
vol-field-availability = Kiedy masz czas?
vol-field-availability-hint = Jeśli pasuje Ci każdy termin, nie zaznaczaj niczego.
vol-field-car-legend = Samochód
vol-field-car = Mam samochód, którym mogę jeździć do zadań
vol-field-per-week = Ile najwyżej zadań w tygodniu możesz przyjąć?
vol-field-per-week-hint = Na przykład 3.
vol-field-check-legend = Sprawdzenie DBS
vol-field-wants-check = Chcę przejść sprawdzenie DBS, żeby pomagać przy wizytach, które go wymagają
vol-record-phone = Zapisz prośbę przyjętą telefonicznie
vol-record-paper = Zapisz prośbę z papierowego formularza
vol-post-title = Dodaj ogłoszenie dla wolontariuszy
vol-post-button = Opublikuj
vol-field-organisation = Organizacja
vol-field-title = Tytuł
vol-field-description = Czym zajmują się wolontariusze
vol-field-kind = Rodzaj
vol-field-starts-on = Data rozpoczęcia (opcjonalnie)
vol-field-ends-on = Data zakończenia (opcjonalnie)
vol-manage-title = Wolontariat
vol-backlog-done-title = Zaległe prośby zostały przydzielone
vol-backlog-done = Otwarte prośby: { $open }. Zaproponowane wolontariuszom: { $offered } (łącznie { $km } km). Bez wolontariusza, który spełnia wszystkie warunki: { $unassigned }.
vol-backlog-meanwhile = Prośby, które w międzyczasie przydzielił ktoś inny, więc zostały bez zmian: { $count }.
vol-volunteers-title = Wolontariusze
vol-requests-title = Prośby o pomoc
vol-by-ward = Według okręgów
vol-by-ward-none = Nie ma jeszcze wolontariuszy ani próśb.
vol-col-ward = Okręg
vol-col-ready = Gotowi do pomocy
vol-col-standby = W rezerwie
vol-col-checks = Czekają na sprawdzenie
vol-col-today = Nieprzydzielone: na dziś
vol-col-this-week = Nieprzydzielone: na ten tydzień
vol-col-whenever = Nieprzydzielone: w dowolnym terminie
vol-col-surge = Tryb wzmożonych potrzeb
vol-surge-on = Tryb wzmożonych potrzeb włączony
vol-surge-start = Włącz tryb wzmożonych potrzeb
vol-surge-end = Wyłącz tryb wzmożonych potrzeb
vol-call-standby = Wezwij wolontariuszy z rezerwy
vol-total = Wszystkie Twoje okręgi
vol-open-title = { $count ->
    [one] 1 otwarta prośba
    [few] { $count } otwarte prośby
    [many] { $count } otwartych próśb
   *[other] { $count } otwartej prośby
}
vol-open-none = Brak otwartych próśb.
vol-backlog-lede = Zaproponuj od razu każdą otwartą prośbę najlepiej pasującemu wolontariuszowi: najpierw najpilniejsze, potem te z najkrótszym dojazdem, i zawsze tylko osobom, które spełniają wszystkie warunki.
vol-backlog-button = Przydziel zaległe prośby
vol-field-state = Status
vol-any-state = Dowolny
vol-show = Pokaż
vol-requests-count = { $count ->
    [one] 1 prośba
    [few] { $count } prośby
    [many] { $count } próśb
   *[other] { $count } prośby
}
vol-col-request = Prośba
vol-col-where = Gdzie
vol-col-urgency = Jak pilne
vol-col-state = Status
vol-next-page = Następna strona
vol-check-needed = Potrzebne sprawdzenie
vol-no-check = Niepotrzebne
vol-came-in = Zgłoszono
vol-volunteer = Wolontariusz
vol-outcome = Wynik
vol-candidates-title = Najlepiej pasujący wolontariusze
vol-candidates-none = Żaden wolontariusz nie spełnia wszystkich warunków tej prośby.
vol-excluded-lede = Liczba rozważanych wolontariuszy: { $count }. Pominięto:
vol-excluded-line = { $gate }: { $count }
vol-assign = Zaproponuj tej osobie
vol-timeline = Co się wydarzyło
vol-field-cancel-reason = Dlaczego pomoc nie jest już potrzebna?
vol-cancel = Anuluj prośbę
vol-volunteers-count = { $count ->
    [one] 1 wolontariusz
    [few] { $count } wolontariusze
    [many] { $count } wolontariuszy
   *[other] { $count } wolontariusza
}
vol-dbs-title = Sprawdzenie DBS
vol-dbs-held = { $level }, obszar pracy: { $workforce }, z dnia { $date }.
vol-dbs-current = Aktualne do dnia { $date }
vol-dbs-expired = Już nieaktualne
vol-dbs-none = Nie zapisano żadnego sprawdzenia.
vol-dbs-record = Zapisz sprawdzenie
vol-field-certificate-on = Data na zaświadczeniu
vol-field-update-service-legend = Update Service
vol-field-update-service = Zaświadczenie jest w systemie DBS Update Service
vol-field-status-checked-on = Kiedy ostatnio sprawdzono status zaświadczenia (opcjonalnie)
vol-field-consent-legend = Zgoda
vol-field-consent = Ta osoba zgadza się, żebyśmy sprawdzali status zaświadczenia
tb-pot = Wspólna pula społeczności: { $hours }.
tb-ledger = Suma wszystkich wpisów w rejestrze: { $sum } (liczba wpisów: { $count }). Ta suma zawsze wynosi zero.
tb-record-title = Zapisz godziny z papierowej karty
tb-record-lede = Dla wymiany pomocy, którą obie osoby podpisały na papierze. Zostaje od razu zapisana na kontach i oznaczona jako przyjęta przez Ciebie na papierze.
tb-field-helper = Adres e-mail osoby, która pomagała
tb-field-helped = Adres e-mail osoby, która dostała pomoc
tb-field-helped-hint = Albo wpisz community, jeśli chodzi o wspólną pulę społeczności.
tb-by-ward = Godziny pomocy w ostatnim roku, według okręgów
tb-by-organisation = Godziny pomocy w ostatnim roku, według organizacji
tb-none = Na razie brak.

# Status names with an underscore in their key
case-state-in_progress = W toku
case-state-outcome_recorded = Wynik zapisany
agreements-measure-resolved_within_target = Załatwione w terminie kategorii
agreements-measure-acknowledged_within_target = Potwierdzone w terminie kategorii
action-status-not_started = Nie rozpoczęto
action-status-on_track = Zgodnie z planem
action-status-at_risk = Zagrożone
action-status-off_track = Opóźnione
grants-event-part_award = przyznano częściowo
grants-event-payment_requested = wniesiono o płatność
grants-event-payment_approved = płatność zatwierdzona
grants-event-payment_paid = wypłacono

## The JSON API's description

api-title = API JSON serwisu Kith
api-intro = Programy mogą odczytywać miejsca i katalog Kith w formacie JSON, bez żadnego klucza. Ta strona opisuje każdy adres: co przyjmuje i co zwraca. Ten sam opis dla programów jest dostępny jako dokument OpenAPI 3.1.
api-document-link = Opis w formacie OpenAPI 3.1 (JSON)
api-operations = Adresy
api-parameters = Co przyjmuje
api-parameter-name = Nazwa
api-parameter-in = Gdzie
api-parameter-about = Co to jest
api-required = wymagany
api-responses = Co zwraca
api-form = Pola formularza (treść żądania)
api-status = Status
api-schemas = Budowa odpowiedzi

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

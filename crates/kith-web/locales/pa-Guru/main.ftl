# Kith — Punjabi in Gurmukhi script (ਪੰਜਾਬੀ). The team's own translation (a draft until a community translator reviews it).

language-name = ਪੰਜਾਬੀ
language-direction = ltr

service-name = Kith
skip-to-main-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
nav-label = ਮੀਨੂ
nav-wards = ਵਾਰਡ
nav-admin = ਪ੍ਰਬੰਧ
nav-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
nav-sign-out = ਸਾਈਨ ਆਊਟ ਕਰੋ
language-switch-label = ਭਾਸ਼ਾ ਚੁਣੋ
demo-tag = ਨਮੂਨਾ
demo-banner = ਇਹ ਨਮੂਨੇ ਲਈ ਬਣਾਇਆ ਸ਼ਹਿਰ ਹੈ। ਲੋਕ, ਸੰਪਰਕ ਵੇਰਵੇ ਅਤੇ ਖਾਤੇ ਫ਼ਰਜ਼ੀ ਹਨ; ਥਾਵਾਂ ਅਸਲੀ ਹਨ, ਓਪਨ ਡੇਟਾ ਤੋਂ ਲਈਆਂ ਗਈਆਂ।
footer-support-links = ਮਦਦ ਵਾਲੇ ਲਿੰਕ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਾਰੇ ਬਿਆਨ
footer-privacy = ਨਿੱਜਤਾ ਬਾਰੇ ਨੋਟਿਸ
footer-data = ਡੇਟਾ ਦੇ ਸਰੋਤ ਅਤੇ ਲਾਇਸੈਂਸ
footer-translations = ਅਨੁਵਾਦ
footer-api = ਓਪਨ ਡੇਟਾ API
footer-kith = Kith ਇਲਾਕਿਆਂ ਵਿੱਚ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਲਈ ਓਪਨ-ਸੋਰਸ ਸੌਫ਼ਟਵੇਅਰ ਹੈ।
attribution-ogl = ਇਸ ਵਿੱਚ ਸਰਕਾਰੀ ਖੇਤਰ ਦੀ ਜਾਣਕਾਰੀ ਸ਼ਾਮਲ ਹੈ, ਜੋ Open Government Licence v3.0 ਅਧੀਨ ਲਾਇਸੈਂਸ ਕੀਤੀ ਗਈ ਹੈ।
attribution-os = ਇਸ ਵਿੱਚ OS ਡੇਟਾ ਸ਼ਾਮਲ ਹੈ © ਕ੍ਰਾਊਨ ਕਾਪੀਰਾਈਟ ਅਤੇ ਡੇਟਾਬੇਸ ਅਧਿਕਾਰ 2025। ਇਸ ਵਿੱਚ Royal Mail ਡੇਟਾ ਸ਼ਾਮਲ ਹੈ © Royal Mail ਕਾਪੀਰਾਈਟ ਅਤੇ ਡੇਟਾਬੇਸ ਅਧਿਕਾਰ 2025। ਇਸ ਵਿੱਚ ਨੈਸ਼ਨਲ ਸਟੈਟਿਸਟਿਕਸ ਡੇਟਾ ਸ਼ਾਮਲ ਹੈ © ਕ੍ਰਾਊਨ ਕਾਪੀਰਾਈਟ ਅਤੇ ਡੇਟਾਬੇਸ ਅਧਿਕਾਰ 2025।

error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-prefix = ਗ਼ਲਤੀ:
error-title-prefix = ਗ਼ਲਤੀ:
error-go-home = ਪਹਿਲੇ ਪੰਨੇ 'ਤੇ ਜਾਓ
error-not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
error-not-found-body = ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਆਪ ਲਿਖਿਆ ਸੀ, ਤਾਂ ਦੇਖੋ ਕਿ ਉਹ ਸਹੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਪੇਸਟ ਕੀਤਾ ਸੀ, ਤਾਂ ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਪੂਰਾ ਪਤਾ ਕਾਪੀ ਕੀਤਾ ਸੀ।
error-forbidden-title = ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਨਹੀਂ ਦੇਖ ਸਕਦੇ
error-forbidden-body = ਤੁਹਾਡੇ ਖਾਤੇ ਨੂੰ ਇਹ ਪੰਨਾ ਦੇਖਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ ਕਿਸੇ ਐਡਮਿਨ ਨੂੰ ਪੁੱਛੋ।
error-bad-request-title = ਮਾਫ਼ ਕਰਨਾ, ਸਾਨੂੰ ਇਹ ਸਮਝ ਨਹੀਂ ਆਇਆ
error-bad-request-body = ਜੋ ਭੇਜਿਆ ਗਿਆ, ਉਸ ਵਿੱਚ ਕੁਝ ਅਜਿਹਾ ਸੀ ਜਿਸ ਦੀ ਸਾਨੂੰ ਉਮੀਦ ਨਹੀਂ ਸੀ। ਪਿੱਛੇ ਜਾਓ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-form-expired-title = ਫ਼ਾਰਮ ਦਾ ਸਮਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ
error-form-expired-body = ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਲਈ, ਫ਼ਾਰਮ ਸਿਰਫ਼ ਉਸੇ ਪੰਨੇ ਤੋਂ ਕੰਮ ਕਰਦੇ ਹਨ ਜਿਸ 'ਤੇ ਉਹ ਦਿਖਾਏ ਗਏ ਸਨ। ਪਿੱਛੇ ਜਾਓ, ਪੰਨਾ ਰੀਲੋਡ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-too-many-title = ਤੁਸੀਂ ਇਹ ਬਹੁਤ ਵਾਰ ਭੇਜਿਆ ਹੈ
error-too-many-body = ਸੇਵਾ ਸਾਰਿਆਂ ਲਈ ਠੀਕ ਢੰਗ ਨਾਲ ਚੱਲਦੀ ਰਹੇ, ਇਸ ਲਈ ਅਸੀਂ ਇੱਕੋ ਚੀਜ਼ ਵਾਰ-ਵਾਰ ਭੇਜਣ 'ਤੇ ਹੱਦ ਲਾਉਂਦੇ ਹਾਂ। ਦਸ ਮਿੰਟ ਉਡੀਕ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਇਸ ਦੌਰਾਨ ਤੁਸੀਂ ਜੋ ਵੀ ਭੇਜਿਆ, ਉਹ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।
error-server-error-title = ਮਾਫ਼ ਕਰਨਾ, ਸੇਵਾ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-server-error-body = ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਤੁਸੀਂ ਜੋ ਵੀ ਭਰਿਆ ਸੀ, ਉਹ ਅੱਧਾ-ਅਧੂਰਾ ਸੇਵ ਨਹੀਂ ਹੋਇਆ।

finder-title = ਆਪਣਾ ਵਾਰਡ ਲੱਭੋ
finder-heading = ਆਪਣਾ ਵਾਰਡ ਲੱਭੋ
finder-lede = ਪੋਸਟਕੋਡ ਲਿਖ ਕੇ ਆਪਣਾ ਵਾਰਡ, ਉਸ ਦੇ ਕੌਂਸਲਰ ਅਤੇ ਇਲਾਕਾ ਕੋਆਰਡੀਨੇਟਰ ਲੱਭੋ। { $city } ਵਿੱਚ ਇਲਾਕਾ ਕੋਆਰਡੀਨੇਟਰ ਹੀ ਤੁਹਾਡਾ ਮੁੱਖ ਸੰਪਰਕ ਹੈ।
finder-postcode-label = ਪੋਸਟਕੋਡ
finder-postcode-hint = ਜਿਵੇਂ, B15 2TT
finder-submit = ਵਾਰਡ ਲੱਭੋ
finder-browse = ਜਾਂ ਸਾਰੇ ਵਾਰਡ ਦੇਖੋ
finder-error-postcode-missing = ਪੋਸਟਕੋਡ ਲਿਖੋ
finder-error-postcode-malformed = ਸਹੀ ਪੋਸਟਕੋਡ ਲਿਖੋ, ਜਿਵੇਂ B15 2TT: ਪਹਿਲਾਂ ਅੱਖਰ ਅਤੇ ਅੰਕ, ਫਿਰ ਇੱਕ ਖਾਲੀ ਥਾਂ, ਫਿਰ ਇੱਕ ਅੰਕ ਅਤੇ ਦੋ ਅੱਖਰ
finder-error-postcode-unknown = ਸਾਨੂੰ { $postcode } ਨਹੀਂ ਮਿਲਿਆ। ਪੋਸਟਕੋਡ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਨਵਾਂ ਹੋਵੇ ਜਾਂ ਹੁਣ ਵਰਤੋਂ ਵਿੱਚ ਨਾ ਹੋਵੇ
finder-error-postcode-outside-known = { $postcode } { $city } ਵਿੱਚ ਨਹੀਂ ਹੈ। ਇਹ { $council } ਵਿੱਚ ਹੈ: ਉੱਥੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲਈ { $council } ਕੌਂਸਲ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
finder-error-postcode-outside = { $postcode } { $city } ਵਿੱਚ ਨਹੀਂ ਹੈ। ਉੱਥੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲਈ ਆਪਣੀ ਸਥਾਨਕ ਕੌਂਸਲ ਨਾਲ ਸੰਪਰਕ ਕਰੋ

wards-title = ਸਾਰੇ ਵਾਰਡ
wards-heading = { $city } ਦੇ ਵਾਰਡ
wards-lede = { $count ->
    [one] ਕੁੱਲ { $count } ਵਾਰਡ ਹੈ।
   *[other] ਕੁੱਲ { $count } ਵਾਰਡ ਹਨ।
} ਹਰ ਵਾਰਡ ਆਪਣੇ ਕੌਂਸਲਰ ਚੁਣਦਾ ਹੈ ਅਤੇ ਹਰ ਵਾਰਡ ਦਾ ਇੱਕ ਇਲਾਕਾ ਕੋਆਰਡੀਨੇਟਰ ਹੁੰਦਾ ਹੈ।
wards-map-heading = ਵਾਰਡਾਂ ਦਾ ਨਕਸ਼ਾ
wards-map-hint = ਕਿਸੇ ਵਾਰਡ ਦੇ ਪੰਨੇ 'ਤੇ ਜਾਣ ਲਈ ਨਕਸ਼ੇ 'ਤੇ ਉਸ ਨੂੰ ਚੁਣੋ, ਜਾਂ ਹੇਠਾਂ ਵਾਰਡਾਂ ਦੀ ਸੂਚੀ ਵਰਤੋ।
wards-map-title = { $city } ਦੇ ਵਾਰਡਾਂ ਦਾ ਨਕਸ਼ਾ
wards-list-heading = ਵਾਰਡਾਂ ਦੀ ਸੂਚੀ

ward-title = { $ward } ਵਾਰਡ
ward-back = ਸਾਰੇ ਵਾਰਡ
ward-caption = { $city } ਦਾ ਵਾਰਡ
ward-contact-heading = ਤੁਹਾਡਾ ਸੰਪਰਕ
ward-coordinator-role = ਇਲਾਕਾ ਕੋਆਰਡੀਨੇਟਰ
ward-no-coordinator = ਇਸ ਵਾਰਡ ਦਾ ਹਾਲੇ ਕੋਈ ਇਲਾਕਾ ਕੋਆਰਡੀਨੇਟਰ ਨਹੀਂ ਹੈ।
ward-councillors-heading = ਕੌਂਸਲਰ
ward-no-councillors = ਸਾਡੇ ਕੋਲ ਹਾਲੇ ਇਸ ਵਾਰਡ ਦੇ ਕੌਂਸਲਰਾਂ ਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਹੈ।
ward-neighbourhood-heading = ਇਲਾਕਾ
ward-neighbourhood-wards = ਵਾਰਡ:
ward-no-neighbourhood = ਇਹ ਵਾਰਡ ਹਾਲੇ ਕਿਸੇ ਇਲਾਕੇ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ।
ward-map-heading = ਨਕਸ਼ਾ
ward-map-title = { $ward } ਵਾਰਡ ਅਤੇ ਉਸ ਦੇ ਆਲੇ-ਦੁਆਲੇ ਦੇ ਵਾਰਡਾਂ ਦਾ ਨਕਸ਼ਾ
ward-code = ਵਾਰਡ ਕੋਡ { $code }, { $generation } ਦੀਆਂ ਹੱਦਾਂ।
ward-boundary-download = ਹੱਦ ਡਾਊਨਲੋਡ ਕਰੋ (GeoJSON)
contact-email = ਈਮੇਲ
contact-phone = ਫ਼ੋਨ

nav-directory = ਕੀ ਹੋ ਰਿਹਾ ਹੈ
day-monday = ਸੋਮਵਾਰ
day-tuesday = ਮੰਗਲਵਾਰ
day-wednesday = ਬੁੱਧਵਾਰ
day-thursday = ਵੀਰਵਾਰ
day-friday = ਸ਼ੁੱਕਰਵਾਰ
day-saturday = ਸ਼ਨਿੱਚਰਵਾਰ
day-sunday = ਐਤਵਾਰ
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
date = { $day } { $month } { $year }
time-am = { $time } am
time-pm = { $time } pm
list-and = { $first } ਅਤੇ { $last }
ordinal-1 = ਪਹਿਲੇ
ordinal-2 = ਦੂਜੇ
ordinal-3 = ਤੀਜੇ
ordinal-4 = ਚੌਥੇ
ordinal-last = ਆਖ਼ਰੀ
schedule-weekly = ਹਰ { $days }, { $opens } ਤੋਂ { $closes } ਤੱਕ
schedule-fortnightly = ਹਰ ਦੂਜੇ ਹਫ਼ਤੇ { $days } ਨੂੰ, { $opens } ਤੋਂ { $closes } ਤੱਕ
schedule-every-n-weeks = ਹਰ { $weeks } ਹਫ਼ਤਿਆਂ ਬਾਅਦ { $days } ਨੂੰ, { $opens } ਤੋਂ { $closes } ਤੱਕ
schedule-monthly = ਹਰ ਮਹੀਨੇ ਦੇ { $ordinal } { $day } ਨੂੰ, { $opens } ਤੋਂ { $closes } ਤੱਕ
schedule-once = { $date } ਨੂੰ, { $opens } ਤੋਂ { $closes } ਤੱਕ
schedule-not-bank-holidays = , ਬੈਂਕ ਹੌਲੀਡੇ ਵਾਲੇ ਦਿਨ ਬੰਦ
schedule-from = , { $date } ਤੋਂ
schedule-until = , { $date } ਤੱਕ
next-today = ਅੱਜ { $time }
next-tomorrow = ਕੱਲ੍ਹ { $time }
next-day = { $day } { $time }
next-date = { $date } { $time }
checked = { $ago } ਜਾਂਚਿਆ ਗਿਆ
ago-today = ਅੱਜ
ago-days = { $n } ਦਿਨ ਪਹਿਲਾਂ
ago-months = { $n ->
    [one] { $n } ਮਹੀਨਾ ਪਹਿਲਾਂ
   *[other] { $n } ਮਹੀਨੇ ਪਹਿਲਾਂ
}
distance-miles = { $miles } ਮੀਲ
cost-free = ਮੁਫ਼ਤ
access-step-free = ਬਿਨਾਂ ਪੌੜੀਆਂ ਵਾਲਾ ਰਸਤਾ
access-accessible-toilet = ਵ੍ਹੀਲਚੇਅਰ ਲਈ ਢੁਕਵਾਂ ਟਾਇਲਟ
access-hearing-loop = ਹੀਅਰਿੰਗ ਲੂਪ (ਸੁਣਨ ਵਾਲੀ ਮਸ਼ੀਨ ਲਈ)
access-parking = ਪਾਰਕਿੰਗ
access-quiet-space = ਸ਼ਾਂਤ ਥਾਂ
access-baby-changing = ਬੱਚੇ ਦੀ ਨੈਪੀ ਬਦਲਣ ਦੀ ਥਾਂ
access-large-print = ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਜਾਣਕਾਰੀ

directory-title = ਆਪਣੇ ਇਲਾਕੇ ਦੀਆਂ ਸਰਗਰਮੀਆਂ ਅਤੇ ਮਦਦ ਲੱਭੋ
directory-heading = ਤੁਹਾਡੇ ਨੇੜੇ ਕੀ ਹੋ ਰਿਹਾ ਹੈ
directory-lede = { $city } ਵਿੱਚ ਕਮਿਊਨਿਟੀ ਸਰਗਰਮੀਆਂ, ਗਰੁੱਪ ਅਤੇ ਮਦਦ: ਲੰਚ ਕਲੱਬ, ਸੈਰ ਕਰਨ ਵਾਲੇ ਗਰੁੱਪ, ਫੂਡ ਬੈਂਕ, ਇਕੱਲੇ ਲੋਕਾਂ ਨੂੰ ਸਾਥ (ਬਿਫ਼ਰੈਂਡਿੰਗ), ਸਲਾਹ ਅਤੇ ਹੋਰ ਬਹੁਤ ਕੁਝ।
directory-page-of = { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }
directory-q-label = ਤੁਸੀਂ ਕੀ ਲੱਭ ਰਹੇ ਹੋ?
directory-q-hint = ਜਿਵੇਂ, ਲੰਚ ਕਲੱਬ (lunch club), ਸੈਰ (walking), ESOL ਜਾਂ ਫੂਡ ਬੈਂਕ (food bank)
directory-postcode-label = ਪੋਸਟਕੋਡ
directory-postcode-hint = ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਪਹਿਲਾਂ ਦੇਖਣ ਲਈ
directory-within-label = ਦੂਰੀ
directory-within-any = ਕੋਈ ਵੀ ਦੂਰੀ
directory-within-miles = { $miles } ਮੀਲ ਦੇ ਅੰਦਰ
directory-need-label = ਮਦਦ ਦੀ ਕਿਸਮ
directory-need-any = ਕੋਈ ਵੀ
directory-need-all = { $need }: ਸਭ ਕੁਝ
directory-ward-label = ਵਾਰਡ
directory-ward-any = ਕੋਈ ਵੀ ਵਾਰਡ
directory-age-label = ਵਿਅਕਤੀ ਦੀ ਉਮਰ
directory-age-hint = ਸਾਲਾਂ ਵਿੱਚ
directory-when-legend = ਕਦੋਂ
directory-open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ ਹੈ
directory-on-day = { $day } ਨੂੰ
directory-cost-legend = ਖ਼ਰਚਾ
directory-free-only = ਸਿਰਫ਼ ਮੁਫ਼ਤ
directory-language-label = ਬੋਲੀ ਜਾਂਦੀ ਭਾਸ਼ਾ
directory-language-any = ਕੋਈ ਵੀ ਭਾਸ਼ਾ
directory-access-legend = ਪਹੁੰਚ ਦੀਆਂ ਸਹੂਲਤਾਂ
directory-search = ਖੋਜੋ
directory-results-count = { $count ->
    [0] ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ
    [one] { $count } ਨਤੀਜਾ
   *[other] { $count } ਨਤੀਜੇ
}
directory-view-list = ਸੂਚੀ
directory-view-map = ਨਕਸ਼ਾ
directory-shortlist-link = ਤੁਹਾਡੀ ਚੁਣੀ ਹੋਈ ਸੂਚੀ ({ $count })
directory-map-title = ਇਸ ਪੰਨੇ ਦੇ ਨਤੀਜਿਆਂ ਦਾ ਨਕਸ਼ਾ
directory-map-you = ਤੁਹਾਡਾ ਪੋਸਟਕੋਡ
directory-temporarily-closed = ਕੁਝ ਸਮੇਂ ਲਈ ਬੰਦ
directory-distance = { $distance } ਦੂਰ
directory-next = ਅਗਲੀ ਵਾਰ: { $when }
directory-also-in = { $languages } ਵਿੱਚ ਵੀ
directory-shortlist-add = ਚੁਣੀ ਹੋਈ ਸੂਚੀ ਵਿੱਚ ਪਾਓ
directory-shortlist-remove = ਚੁਣੀ ਹੋਈ ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾਓ
directory-no-results = ਇਸ ਸਭ ਨਾਲ ਕੁਝ ਵੀ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਘੱਟ ਸ਼ਬਦ ਜਾਂ ਘੱਟ ਫਿਲਟਰ ਵਰਤ ਕੇ ਦੇਖੋ, ਜਾਂ ਦੂਰੀ ਵਧਾਓ।
directory-open-data = ਇਹ ਡਾਇਰੈਕਟਰੀ ਓਪਨ ਡੇਟਾ ਹੈ (Open Referral UK)।
directory-open-data-link = ਡੇਟਾ ਲਓ
directory-back = ਖੋਜ 'ਤੇ ਵਾਪਸ ਜਾਓ
directory-error-postcode-malformed = B15 2TT ਵਰਗਾ ਪੋਸਟਕੋਡ ਲਿਖੋ
directory-error-postcode-unknown = ਅਸੀਂ ਇਹ ਪੋਸਟਕੋਡ ਨਹੀਂ ਪਛਾਣਦੇ: ਇਸ ਨੂੰ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
directory-error-within-needs-postcode = ਦੂਰੀ ਦੇ ਹਿਸਾਬ ਨਾਲ ਖੋਜਣ ਲਈ ਪੋਸਟਕੋਡ ਲਿਖੋ
directory-error-within = ਸੂਚੀ ਵਿੱਚੋਂ ਦੂਰੀ ਚੁਣੋ
directory-error-ward = ਸੂਚੀ ਵਿੱਚੋਂ ਵਾਰਡ ਚੁਣੋ
directory-error-need = ਸੂਚੀ ਵਿੱਚੋਂ ਮਦਦ ਦੀ ਕਿਸਮ ਚੁਣੋ
directory-error-age = ਉਮਰ ਸਾਲਾਂ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 67
directory-error-day = ਸੂਚੀ ਵਿੱਚੋਂ ਹਫ਼ਤੇ ਦੇ ਦਿਨ ਚੁਣੋ
directory-error-language = ਸੂਚੀ ਵਿੱਚੋਂ ਭਾਸ਼ਾ ਚੁਣੋ
directory-error-access = ਸੂਚੀ ਵਿੱਚੋਂ ਪਹੁੰਚ ਦੀਆਂ ਸਹੂਲਤਾਂ ਚੁਣੋ
pagination-previous = ਪਿਛਲਾ
pagination-next = ਅਗਲਾ

warning = ਚੇਤਾਵਨੀ
service-temporarily-closed = ਇਹ ਸੇਵਾ ਕੁਝ ਸਮੇਂ ਲਈ ਬੰਦ ਹੈ।
service-expired-staff = ਇਸ ਰਿਕਾਰਡ ਨੂੰ 18 ਮਹੀਨਿਆਂ ਤੋਂ ਕਿਸੇ ਨੇ ਨਹੀਂ ਜਾਂਚਿਆ, ਇਸ ਲਈ ਇਹ ਲੋਕਾਂ ਤੋਂ ਲੁਕਿਆ ਹੋਇਆ ਹੈ, ਜਦੋਂ ਤੱਕ ਇਸ ਦਾ ਮਾਲਕ ਇਸ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕਰਦਾ।
service-assured = { $date } ਨੂੰ ਗੁਣਵੱਤਾ ਦੀ ਜਾਂਚ ਹੋਈ
service-who-heading = ਇਹ ਕਿਸ ਲਈ ਹੈ
service-everyone = ਸਾਰਿਆਂ ਲਈ
service-ages-between = ਉਮਰ { $min } ਤੋਂ { $max } ਸਾਲ
service-ages-from = { $min } ਸਾਲ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਉਮਰ
service-ages-up-to = { $max } ਸਾਲ ਤੱਕ ਦੀ ਉਮਰ
service-when-heading = ਕਦੋਂ
service-calendar = ਸੈਸ਼ਨ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਪਾਓ
service-no-schedule = ਸਮਾਂ ਜਾਣਨ ਲਈ ਸੰਪਰਕ ਕਰੋ।
service-where-heading = ਕਿੱਥੇ
service-in-ward = ਵਾਰਡ:
service-access-heading = ਪਹੁੰਚ ਦੀਆਂ ਸਹੂਲਤਾਂ:
service-access-unknown = ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਪਹੁੰਚ ਦੀਆਂ ਸਹੂਲਤਾਂ ਬਾਰੇ ਪੁੱਛ ਲਓ।
service-no-location = ਇਸ ਸੇਵਾ ਦੀ ਕੋਈ ਪੱਕੀ ਥਾਂ ਨਹੀਂ ਹੈ: ਸੰਪਰਕ ਕਰੋ।
service-areas = ਇਹਨਾਂ ਇਲਾਕਿਆਂ ਦੇ ਲੋਕਾਂ ਲਈ:
service-contact-heading = ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ
service-cost-heading = ਖ਼ਰਚਾ
service-languages-heading = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
service-languages-unknown = ਪੁੱਛੋ ਕਿ ਕਿਹੜੀਆਂ ਭਾਸ਼ਾਵਾਂ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
service-terms-heading = ਮਦਦ ਦੀਆਂ ਕਿਸਮਾਂ
service-funded-by = ਪੈਸੇ ਦੇਣ ਵਾਲੇ: { $funders }
service-see-shortlist = ਆਪਣੀ ਚੁਣੀ ਹੋਈ ਸੂਚੀ ਦੇਖੋ
service-run-by = ਕੌਣ ਚਲਾਉਂਦਾ ਹੈ
service-history-link = ਇਸ ਰਿਕਾਰਡ ਵਿੱਚ ਹੋਈਆਂ ਤਬਦੀਲੀਆਂ ਦੇਖੋ
service-open-data = ਇਹ ਰਿਕਾਰਡ ਓਪਨ ਡੇਟਾ ਵਜੋਂ
nav-manage = ਡਾਇਰੈਕਟਰੀ ਵਿੱਚ ਤੁਹਾਡੀਆਂ ਐਂਟਰੀਆਂ
shortlist-email-subject = ਤੁਹਾਡੇ ਨੇੜੇ ਕੀ ਹੋ ਰਿਹਾ ਹੈ: { $city } ਵਿੱਚ ਸਰਗਰਮੀਆਂ ਅਤੇ ਮਦਦ
shortlist-email-intro = ਇਹ ਉਹ ਸਰਗਰਮੀਆਂ ਅਤੇ ਮਦਦ ਹਨ ਜਿਨ੍ਹਾਂ ਬਾਰੇ ਅਸੀਂ ਗੱਲ ਕੀਤੀ ਸੀ। ਹਰ ਇੱਕ ਦੇ ਨਾਲ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਇੱਕ ਲਿੰਕ ਹੈ।
shortlist-email-link = ਪੂਰੀ ਸੂਚੀ, ਕਿਸੇ ਨਾਲ ਸਾਂਝੀ ਕਰਨ ਜਾਂ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ:

nav-cases = ਕੇਸ
agreements-ward-heading = ਸੇਵਾ ਦੇ ਮਿਆਰ
agreements-ward-more = { $ward } ਵਿੱਚ ਹਰ ਮਿਆਰ ਮਹੀਨੇ-ਦਰ-ਮਹੀਨੇ ਕਿਵੇਂ ਰਿਹਾ
agreements-none = ਹਾਲੇ ਸੇਵਾ ਦੇ ਕੋਈ ਮਿਆਰ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੇ ਗਏ।
agreements-latest = { $period } ਵਿੱਚ { $percent }%
agreements-met = ਪੂਰਾ ਹੋਇਆ
agreements-not-met = ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ
agreements-trend-up = ਪਿਛਲੇ ਸਮੇਂ ਨਾਲੋਂ ਬਿਹਤਰ
agreements-trend-down = ਪਿਛਲੇ ਸਮੇਂ ਨਾਲੋਂ ਮਾੜਾ
agreements-trend-same = ਪਿਛਲੇ ਸਮੇਂ ਜਿੰਨਾ ਹੀ
agreements-too-few = ਅੰਕੜਾ ਦਿਖਾਉਣ ਲਈ ਹਾਲੇ ਬਹੁਤ ਘੱਟ ਕੇਸ ਹਨ।
progress-percent = { $percent }% ਪੂਰਾ
progress-none = ਹਾਲੇ ਕੋਈ ਕਾਰਵਾਈ ਨਹੀਂ
forums-calendar = ਇਹ ਫੋਰਮ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਪਾਓ
forums-online-too = ਤੁਸੀਂ ਔਨਲਾਈਨ ਵੀ ਸ਼ਾਮਲ ਹੋ ਸਕਦੇ ਹੋ।
forums-none-upcoming = ਹਾਲੇ ਕੋਈ ਫੋਰਮ ਤੈਅ ਨਹੀਂ ਹੈ। ਆਪਣੇ ਇਲਾਕਾ ਕੋਆਰਡੀਨੇਟਰ ਤੋਂ ਪੁੱਛੋ ਕਿ ਅਗਲਾ ਫੋਰਮ ਕਦੋਂ ਹੈ।
priorities-link = { $ward } ਦੀਆਂ ਤਰਜੀਹਾਂ
priorities-propose = ਕੋਈ ਤਰਜੀਹ ਸੁਝਾਓ
priorities-none-adopted = ਹਾਲੇ ਕੋਈ ਤਰਜੀਹ ਅਪਣਾਈ ਨਹੀਂ ਗਈ।
priorities-action-counts = { $live } ਵਿੱਚੋਂ { $done } ਕਾਰਵਾਈਆਂ ਪੂਰੀਆਂ
priorities-overdue = { $count ->
    [one] { $count } ਕਾਰਵਾਈ ਸਮੇਂ ਤੋਂ ਲੇਟ ਹੈ
   *[other] { $count } ਕਾਰਵਾਈਆਂ ਸਮੇਂ ਤੋਂ ਲੇਟ ਹਨ
}
ward-next-forum = ਅਗਲਾ ਵਾਰਡ ਫੋਰਮ
ward-all-forums = ਸਾਰੇ ਫੋਰਮ
ward-offers = ਨੇੜੇ-ਤੇੜੇ ਕੀ ਹੋ ਰਿਹਾ ਹੈ
ward-offers-all = { $count ->
    [one] ਇਸ ਨੂੰ ਡਾਇਰੈਕਟਰੀ ਵਿੱਚ ਦੇਖੋ
   *[other] ਸਾਰੇ { $count } ਡਾਇਰੈਕਟਰੀ ਵਿੱਚ ਦੇਖੋ
}
ward-offers-none = ਡਾਇਰੈਕਟਰੀ ਵਿੱਚ ਹਾਲੇ ਇਸ ਵਾਰਡ ਵਿੱਚ ਸਥਿਤ ਕੁਝ ਵੀ ਨਹੀਂ ਹੈ।
ward-priorities = ਵਾਰਡ ਦੀਆਂ ਤਰਜੀਹਾਂ
ward-more-priorities = { $count ->
    [one] { $count } ਹੋਰ ਤਰਜੀਹ
   *[other] { $count } ਹੋਰ ਤਰਜੀਹਾਂ
}
ward-proposals = { $count ->
    [one] { $count } ਸੁਝਾਅ ਸਮਰਥਨ ਲਈ ਖੁੱਲ੍ਹਾ ਹੈ
   *[other] { $count } ਸੁਝਾਅ ਸਮਰਥਨ ਲਈ ਖੁੱਲ੍ਹੇ ਹਨ
}
nav-grants = ਛੋਟੀਆਂ ਗ੍ਰਾਂਟਾਂ
nav-panel = ਗ੍ਰਾਂਟ ਪੈਨਲ
nav-volunteering = ਵਲੰਟੀਅਰਿੰਗ
intelligence-profile-heading = ਵਾਰਡ ਬਾਰੇ ਜਾਣਕਾਰੀ
intelligence-profile-link = { $ward } ਬਾਰੇ ਜਾਣਕਾਰੀ ਦੇਖੋ: ਇੱਥੋਂ ਦੇ ਲੋਕ, ਆਰਥਿਕ ਤੰਗੀ ਅਤੇ ਹੋਰ ਅੰਕੜੇ

pagination-label = ਨਤੀਜਿਆਂ ਦੇ ਪੰਨੇ
pagination-page = ਪੰਨਾ { $page }
pagination-page-of = ਪੰਨਾ { $page } / { $pages }

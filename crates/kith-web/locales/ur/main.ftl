# Kith — Urdu (اردو). The team's own translation (a draft until a community translator reviews it).

language-name = اردو
language-direction = rtl

## Page shell

service-name = کِتھ
skip-to-main-content = مرکزی مواد پر جائیں
nav-label = مینو
nav-wards = وارڈز
nav-admin = انتظامیہ
nav-sign-in = سائن ان کریں
nav-sign-out = سائن آؤٹ کریں
language-switch-label = زبان منتخب کریں
demo-tag = نمونہ
demo-banner = یہ ایک نمونے کا شہر ہے۔ لوگ، رابطے کی تفصیلات اور اکاؤنٹس فرضی ہیں؛ جگہیں حقیقی ہیں اور کھلے ڈیٹا سے لی گئی ہیں۔
footer-support-links = مددگار روابط
footer-accessibility = رسائی کا بیان
footer-privacy = رازداری کا نوٹس
footer-data = ڈیٹا کے ذرائع اور لائسنس
footer-translations = ترجمے
footer-api = کھلے ڈیٹا کا API
footer-kith = Kith محلوں کی سطح پر مل کر کام کرنے کے لیے اوپن سورس سافٹ ویئر ہے۔
attribution-ogl = اس میں سرکاری شعبے کی وہ معلومات شامل ہیں جو Open Government Licence v3.0 کے تحت دستیاب ہیں۔
attribution-os = اس میں OS کا ڈیٹا شامل ہے © Crown copyright اور ڈیٹا بیس کا حق 2025۔ اس میں Royal Mail کا ڈیٹا شامل ہے © Royal Mail کاپی رائٹ اور ڈیٹا بیس کا حق 2025۔ اس میں قومی شماریات (National Statistics) کا ڈیٹا شامل ہے © Crown copyright اور ڈیٹا بیس کا حق 2025۔

## Errors

error-summary-title = ایک مسئلہ ہے
error-prefix = خرابی:
error-title-prefix = خرابی:
error-go-home = مرکزی صفحے پر جائیں
error-not-found-title = صفحہ نہیں ملا
error-not-found-body = اگر آپ نے ویب ایڈریس خود لکھا ہے تو چیک کریں کہ وہ درست ہے۔ اگر آپ نے ویب ایڈریس پیسٹ کیا ہے تو چیک کریں کہ آپ نے پورا ایڈریس کاپی کیا تھا۔
error-forbidden-title = آپ یہ صفحہ نہیں دیکھ سکتے
error-forbidden-body = آپ کے اکاؤنٹ کو یہ صفحہ دیکھنے کی اجازت نہیں ہے۔ اگر آپ کو اس کی ضرورت ہے تو کسی ایڈمنسٹریٹر سے کہیں۔
error-bad-request-title = معاف کیجیے، ہم یہ سمجھ نہیں سکے
error-bad-request-body = آپ کی بھیجی ہوئی معلومات میں کوئی چیز اس شکل میں نہیں تھی جس کی ہمیں توقع تھی۔ واپس جائیں اور دوبارہ کوشش کریں۔
error-form-expired-title = فارم کی میعاد ختم ہو گئی ہے
error-form-expired-body = آپ کی حفاظت کے لیے فارم صرف اسی صفحے سے کام کرتے ہیں جس پر وہ دکھائے گئے تھے۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
error-too-many-title = آپ نے یہ بہت زیادہ بار بھیجا ہے
error-too-many-body = سروس کو سب کے لیے منصفانہ رکھنے کے لیے ہم ایک ہی چیز بار بار بھیجنے کی حد رکھتے ہیں۔ دس منٹ انتظار کریں اور پھر کوشش کریں۔ اس دوران آپ نے جو کچھ بھیجا وہ محفوظ نہیں ہوا۔
error-server-error-title = معاف کیجیے، سروس میں کوئی مسئلہ ہے
error-server-error-body = بعد میں دوبارہ کوشش کریں۔ آپ نے جو کچھ درج کیا تھا اس میں سے کچھ بھی ادھورا محفوظ نہیں ہوا۔

## Ward finder

finder-title = اپنا وارڈ تلاش کریں
finder-heading = اپنا وارڈ تلاش کریں
finder-lede = پوسٹ کوڈ درج کریں اور اپنا وارڈ، اس کے کونسلرز اور محلہ کوآرڈینیٹر تلاش کریں۔ { $city } میں محلہ کوآرڈینیٹر ہی وہ شخص ہے جس سے آپ رابطہ کر سکتے ہیں۔
finder-postcode-label = پوسٹ کوڈ
finder-postcode-hint = مثال کے طور پر، B15 2TT
finder-submit = وارڈ تلاش کریں
finder-browse = یا تمام وارڈز دیکھیں
finder-error-postcode-missing = پوسٹ کوڈ درج کریں
finder-error-postcode-malformed = درست پوسٹ کوڈ درج کریں، جیسے B15 2TT: پہلے حروف اور نمبر، پھر ایک خالی جگہ، پھر ایک نمبر اور دو حروف
finder-error-postcode-unknown = ہمیں { $postcode } نہیں ملا۔ پوسٹ کوڈ چیک کریں اور دوبارہ کوشش کریں: ہو سکتا ہے یہ نیا ہو یا اب استعمال میں نہ ہو
finder-error-postcode-outside-known = { $postcode } { $city } میں نہیں ہے۔ یہ { $council } میں ہے: وہاں کی خدمات کے لیے { $council } کونسل سے رابطہ کریں
finder-error-postcode-outside = { $postcode } { $city } میں نہیں ہے۔ وہاں کی خدمات کے لیے اپنی مقامی کونسل سے رابطہ کریں

## Wards

wards-title = تمام وارڈز
wards-heading = { $city } کے وارڈز
wards-lede = { $count ->
    [one] ایک وارڈ ہے۔
   *[other] { $count } وارڈز ہیں۔
} ہر وارڈ سے کونسلرز منتخب ہوتے ہیں اور ہر وارڈ کا ایک محلہ کوآرڈینیٹر ہوتا ہے۔
wards-map-heading = وارڈز کا نقشہ
wards-map-hint = کسی وارڈ کے صفحے پر جانے کے لیے نقشے پر اسے منتخب کریں، یا نیچے دی گئی وارڈز کی فہرست استعمال کریں۔
wards-map-title = { $city } کے وارڈز کا نقشہ
wards-list-heading = وارڈز کی فہرست

ward-title = { $ward } وارڈ
ward-back = تمام وارڈز
ward-caption = { $city } کا وارڈ
ward-contact-heading = آپ کے رابطے کا ذریعہ
ward-coordinator-role = محلہ کوآرڈینیٹر
ward-no-coordinator = اس وارڈ کا ابھی کوئی محلہ کوآرڈینیٹر نہیں ہے۔
ward-councillors-heading = { $count ->
    [one] کونسلر
   *[other] کونسلرز
}
ward-no-councillors = ہمارے پاس ابھی اس وارڈ کے کونسلرز کی معلومات نہیں ہیں۔
ward-neighbourhood-heading = محلہ
ward-neighbourhood-wards = وارڈز:
ward-no-neighbourhood = یہ وارڈ ابھی کسی محلے کا حصہ نہیں ہے۔
ward-map-heading = نقشہ
ward-map-title = { $ward } وارڈ اور اس کے آس پاس کے وارڈز کا نقشہ
ward-code = وارڈ کوڈ { $code }، { $generation } کی حدود۔
ward-boundary-download = وارڈ کی حد ڈاؤن لوڈ کریں (GeoJSON)
contact-email = ای میل
contact-phone = ٹیلیفون

## Directory: words used in schedules and dates

nav-directory = مقامی سرگرمیاں
day-monday = پیر
day-tuesday = منگل
day-wednesday = بدھ
day-thursday = جمعرات
day-friday = جمعہ
day-saturday = ہفتہ
day-sunday = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date = { $day } { $month } { $year }
# "صبح" (morning) for am; "بعد دوپہر" (after noon, the usual Urdu for pm) covers noon to midnight.
time-am = صبح { $time } بجے
time-pm = بعد دوپہر { $time } بجے
list-and = { $first } اور { $last }
# Ordinals are only used in schedule-monthly, in the oblique form ("ہر مہینے کے پہلے پیر کو").
ordinal-1 = پہلے
ordinal-2 = دوسرے
ordinal-3 = تیسرے
ordinal-4 = چوتھے
ordinal-last = آخری
schedule-weekly = ہر { $days } کو، { $opens } سے { $closes } تک
schedule-fortnightly = ہر دو ہفتے بعد { $days } کو، { $opens } سے { $closes } تک
schedule-every-n-weeks = ہر { $weeks } ہفتے بعد { $days } کو، { $opens } سے { $closes } تک
schedule-monthly = ہر مہینے کے { $ordinal } { $day } کو، { $opens } سے { $closes } تک
schedule-once = { $date }، { $opens } سے { $closes } تک
schedule-not-bank-holidays = ، بینک ہالیڈے پر بند
schedule-from = ، { $date } سے شروع
schedule-until = ، { $date } تک
next-today = آج { $time }
next-tomorrow = کل { $time }
next-day = { $day } کو { $time }
next-date = { $date } کو { $time }
checked = { $ago } چیک کیا گیا
ago-today = آج
ago-days = { $n ->
    [one] ایک دن پہلے
   *[other] { $n } دن پہلے
}
ago-months = { $n ->
    [one] ایک مہینہ پہلے
   *[other] { $n } مہینے پہلے
}
distance-miles = { $miles } میل
cost-free = مفت
access-step-free = سیڑھیوں کے بغیر داخلہ
access-accessible-toilet = معذور افراد کے لیے ٹوائلٹ
access-hearing-loop = ہیئرنگ لوپ (سننے میں مدد)
access-parking = پارکنگ
access-quiet-space = پُرسکون جگہ
access-baby-changing = بچوں کا ڈائپر بدلنے کی جگہ
access-large-print = بڑے حروف میں معلومات

## Directory: search

directory-title = مقامی سرگرمیاں اور مدد تلاش کریں
directory-heading = آپ کے قریب کیا ہو رہا ہے
directory-lede = { $city } میں کمیونٹی سرگرمیاں، گروپس اور مدد: لنچ کلب، پیدل چلنے کے گروپ، فوڈ بینک، تنہا لوگوں سے ملنے جلنے کی سروس، مشورہ اور بہت کچھ۔
directory-page-of = { $pages } میں سے صفحہ { $page }
directory-q-label = آپ کیا تلاش کر رہے ہیں؟
directory-q-hint = مثال کے طور پر، لنچ کلب، پیدل چلنا، ESOL (انگریزی کی کلاس) یا فوڈ بینک
directory-postcode-label = پوسٹ کوڈ
directory-postcode-hint = تاکہ سب سے قریب والی چیزیں پہلے نظر آئیں
directory-within-label = فاصلہ
directory-within-any = کوئی بھی فاصلہ
directory-within-miles = { $miles } میل کے اندر
directory-need-label = مدد کی قسم
directory-need-any = کوئی بھی
directory-need-all = { $need } (سب)
directory-ward-label = وارڈ
directory-ward-any = کوئی بھی وارڈ
directory-age-label = اس شخص کی عمر
directory-age-hint = سالوں میں
directory-when-legend = کب
directory-open-now = ابھی کھلا ہے
directory-on-day = { $day } کو
directory-cost-legend = قیمت
directory-free-only = صرف مفت
directory-language-label = بولی جانے والی زبان
directory-language-any = کوئی بھی زبان
directory-access-legend = رسائی کی سہولتیں
directory-search = تلاش کریں
directory-results-count = { $count ->
    [0] کوئی نتیجہ نہیں
    [one] ایک نتیجہ
   *[other] { $count } نتائج
}
directory-view-list = فہرست
directory-view-map = نقشہ
directory-shortlist-link = آپ کی فہرست ({ $count })
directory-map-title = اس صفحے کے نتائج کا نقشہ
directory-map-you = آپ کا پوسٹ کوڈ
directory-temporarily-closed = عارضی طور پر بند
directory-distance = { $distance } دور
directory-next = اگلی بار: { $when }
directory-also-in = یہ زبانیں بھی بولی جاتی ہیں: { $languages }
directory-shortlist-add = اپنی فہرست میں شامل کریں
directory-shortlist-remove = اپنی فہرست سے نکالیں
directory-no-results = ان سب شرائط کے مطابق کچھ نہیں ملا۔ کم الفاظ یا کم فلٹر استعمال کریں، یا زیادہ فاصلہ منتخب کریں۔
directory-open-data = یہ ڈائریکٹری کھلا ڈیٹا ہے (Open Referral UK)۔
directory-open-data-link = ڈیٹا حاصل کریں
directory-back = تلاش پر واپس جائیں
directory-error-postcode-malformed = درست پوسٹ کوڈ درج کریں، جیسے B15 2TT
directory-error-postcode-unknown = ہم یہ پوسٹ کوڈ نہیں پہچانتے: اسے چیک کریں اور دوبارہ کوشش کریں
directory-error-within-needs-postcode = کسی خاص فاصلے کے اندر تلاش کرنے کے لیے پوسٹ کوڈ درج کریں
directory-error-within = فہرست میں سے فاصلہ منتخب کریں
directory-error-ward = فہرست میں سے وارڈ منتخب کریں
directory-error-need = فہرست میں سے مدد کی قسم منتخب کریں
directory-error-age = عمر سالوں میں درج کریں، جیسے 67
directory-error-day = فہرست میں سے ہفتے کے دن منتخب کریں
directory-error-language = فہرست میں سے زبان منتخب کریں
directory-error-access = فہرست میں سے رسائی کی سہولتیں منتخب کریں
pagination-previous = پچھلا
pagination-next = اگلا

## Directory: one service

warning = انتباہ
service-temporarily-closed = یہ سروس عارضی طور پر بند ہے۔
service-expired-staff = 18 مہینوں سے کسی نے یہ ریکارڈ چیک نہیں کیا، اس لیے یہ عوام سے چھپا دیا گیا ہے جب تک اس کا مالک اس کی تصدیق نہ کرے۔
service-assured = { $date } کو معیار کی تصدیق ہوئی
service-who-heading = یہ کس کے لیے ہے
service-everyone = سب کے لیے
service-ages-between = { $min } سے { $max } سال کی عمر
service-ages-from = { $min } سال اور اس سے زیادہ عمر
service-ages-up-to = { $max } سال تک کی عمر
service-when-heading = کب
service-calendar = سیشنز کو اپنے کیلنڈر میں شامل کریں
service-no-schedule = اوقات جاننے کے لیے رابطہ کریں۔
service-where-heading = کہاں
service-in-ward = وارڈ:
service-access-heading = رسائی:
service-access-unknown = جانے سے پہلے رسائی کے بارے میں پوچھ لیں۔
service-no-location = اس سروس کی کوئی مقررہ جگہ نہیں ہے: رابطہ کریں۔
service-areas = ان علاقوں کے لوگوں کے لیے:
service-contact-heading = رابطہ کیسے کریں
service-cost-heading = قیمت
service-languages-heading = بولی جانے والی زبانیں
service-languages-unknown = پوچھیں کہ کون سی زبانیں بولی جاتی ہیں۔
service-terms-heading = مدد کی اقسام
service-funded-by = { $funders } کی مالی مدد سے
service-see-shortlist = اپنی فہرست دیکھیں
service-run-by = یہ سروس کون چلاتا ہے
service-history-link = اس ریکارڈ میں ہونے والی تبدیلیاں دیکھیں
service-open-data = یہ ریکارڈ کھلے ڈیٹا کے طور پر
nav-manage = آپ کے ڈائریکٹری اندراجات
shortlist-email-subject = آپ کے قریب کیا ہو رہا ہے: { $city } میں سرگرمیاں اور مدد
shortlist-email-intro = یہ وہ سرگرمیاں اور مدد ہیں جن کے بارے میں ہم نے بات کی تھی۔ ہر ایک کے ساتھ ایک لنک ہے جس میں مزید تفصیلات ہیں۔
shortlist-email-link = پوری فہرست، شیئر یا پرنٹ کرنے کے لیے:

## Ward page: standards, forums, priorities

nav-cases = کیسز
agreements-ward-heading = سروس کے معیارات
agreements-ward-more = { $ward } میں ہر معیار کی کارکردگی، مہینہ بہ مہینہ
agreements-none = ابھی کوئی سروس معیار شائع نہیں ہوا۔
agreements-latest = { $period } میں { $percent }%
agreements-met = پورا ہوا
agreements-not-met = پورا نہیں ہوا
agreements-trend-up = پچھلی مدت سے بہتر
agreements-trend-down = پچھلی مدت سے خراب
agreements-trend-same = پچھلی مدت جیسا
agreements-too-few = ابھی اتنے کیس نہیں ہیں کہ کوئی شرح دکھائی جا سکے۔
progress-percent = { $percent }% مکمل
progress-none = ابھی کوئی اقدام نہیں
forums-calendar = ان فورمز کو اپنے کیلنڈر میں شامل کریں
forums-online-too = آپ آن لائن بھی شامل ہو سکتے ہیں۔
forums-none-upcoming = ابھی کوئی فورم طے نہیں ہوا۔ اپنے محلہ کوآرڈینیٹر سے پوچھیں کہ اگلا فورم کب ہوگا۔
priorities-link = { $ward } کی ترجیحات
priorities-propose = ترجیح تجویز کریں
priorities-none-adopted = ابھی تک کوئی ترجیح منظور نہیں ہوئی۔
priorities-action-counts = { $live } میں سے { $done } اقدامات مکمل
priorities-overdue = { $count ->
    [one] ایک اقدام کی مقررہ تاریخ گزر چکی ہے
   *[other] { $count } اقدامات کی مقررہ تاریخ گزر چکی ہے
}
ward-next-forum = اگلا وارڈ فورم
ward-all-forums = تمام فورمز
ward-offers = آس پاس کی سرگرمیاں اور مدد
ward-offers-all = { $count ->
    [one] اسے ڈائریکٹری میں دیکھیں
   *[other] ڈائریکٹری میں تمام { $count } دیکھیں
}
ward-offers-none = ابھی ڈائریکٹری میں اس وارڈ میں واقع کوئی سرگرمی نہیں ہے۔
ward-priorities = وارڈ کی ترجیحات
ward-more-priorities = { $count } مزید ترجیحات
ward-proposals = { $count ->
    [one] ایک تجویز حمایت کے لیے کھلی ہے
   *[other] { $count } تجاویز حمایت کے لیے کھلی ہیں
}
nav-grants = چھوٹی گرانٹس
nav-panel = گرانٹ پینل
nav-volunteering = رضاکارانہ کام
intelligence-profile-heading = وارڈ پروفائل
intelligence-profile-link = { $ward } کا پروفائل دیکھیں: یہاں کے لوگ، غربت و محرومی اور دیگر اعداد و شمار

pagination-label = نتائج کے صفحات
pagination-page = صفحہ { $page }
pagination-page-of = صفحہ { $page } از { $pages }

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

# Shortlist, forums and priorities, service standards, grants and help

shortlist-title = آپ کی فہرست
shortlist-heading = آپ کے قریب کیا ہو رہا ہے
shortlist-printed = { $date } کو پرنٹ کیا گیا۔ { $city } کی کمیونٹی ڈائریکٹری۔
shortlist-lede = آپ کی چنی ہوئی سروسز، پرنٹ یا شیئر کرنے کے لیے تیار۔
shortlist-share = یہ فہرست اس لنک کے ذریعے شیئر کریں (یہ اکاؤنٹ کے بغیر بھی کام کرتا ہے):
shortlist-print-hint = اسے پرنٹ کرنے کے لیے اپنے براؤزر میں پرنٹ کا آپشن استعمال کریں: صفحہ مینو کے بغیر پرنٹ ہوگا۔
shortlist-empty = آپ کی فہرست خالی ہے۔ تلاش کے نتائج سے یا کسی سروس کے صفحے سے اس میں سروسز شامل کریں۔
shortlist-find = سرگرمیاں اور مدد تلاش کریں
saved-published-title = شائع ہو گیا
saved-review-title = جانچ کے لیے بھیج دیا گیا
saved-published-body = یہ تبدیلی اب ڈائریکٹری میں نظر آ رہی ہے۔
saved-review-body = اس علاقے کے نیٹ ورک کا ذمہ دار شخص اسے چیک کرے گا، عام طور پر چند دنوں کے اندر۔ تب تک ڈائریکٹری میں وہی نظر آئے گا جو پہلے نظر آتا تھا۔ اگر وہ اسے واپس بھیجیں تو آپ کو یہاں پتا چل جائے گا۔
saved-back = اپنے ڈائریکٹری اندراجات پر واپس جائیں
saved-see = اسے ڈائریکٹری میں دیکھیں
shortlist-email-to = یہ فہرست ای میل کریں
shortlist-email-hint = رہائشی کو، یا بعد میں پرنٹ کرنے کے لیے خود کو۔ اسے صرف اس شخص کی رضامندی سے بھیجیں۔
shortlist-email-send = فہرست بھیجیں
shortlist-sent-title = بھیج دی گئی
shortlist-sent = فہرست بھیج دی گئی ہے۔
case-choose = منتخب کریں
agreements-title = سروس کے معیارات
agreements-ward-title = { $ward } میں سروس کے معیارات
agreements-back-to-ward = { $ward } پر واپس جائیں
agreements-lede = کونسل اور اس کے شراکت دار کیا وعدہ کرتے ہیں، اور انہوں نے کیسا کام کیا۔ یہ یہاں درج ہونے والے کیسز سے ناپا جاتا ہے۔ 5 سے کم کیسز کے اعداد و شمار نہیں دکھائے جاتے۔
agreements-target = ہدف: { $target }%
agreements-city-wide = پورے شہر کے لیے
agreements-this-ward = اس وارڈ کا اپنا معیار
agreements-team = ذمہ دار: { $team }
agreements-by-period = مدت کے لحاظ سے
agreements-col-period = مدت
agreements-col-cases = کیسز
agreements-col-percent = ہدف کے اندر
agreements-col-met = معیار
agreements-fewer-than-5 = 5 سے کم کیسز
agreements-all = تمام سروس معیارات
agreements-index-lede = وہ معیارات جو کونسل اور اس کے شراکت دار پورے شہر کے لیے اور الگ الگ وارڈز کے لیے شائع کرتے ہیں۔ ہر وارڈ کے صفحے پر دکھایا جاتا ہے کہ وہاں کارکردگی کیسی رہی۔
agreements-period-month = ماہانہ
agreements-period-quarter = سہ ماہی
agreements-by-ward = وارڈ کے لحاظ سے
agreements-open-data = کھلا ڈیٹا
agreements-open-data-lede = ہر وارڈ اور ہر مدت کے لیے ہر معیار کے اعداد و شمار۔ چھوٹی تعداد چھپا دی گئی ہے، اور اس میں کسی بھی شخص کے بارے میں کچھ نہیں ہے۔
agreements-download-csv = CSV کے طور پر ڈاؤن لوڈ کریں
agreements-download-json = JSON کے طور پر ڈاؤن لوڈ کریں
forums-ward-title = { $ward } وارڈ کے فورمز
forums-heading = وارڈ فورمز
forums-lede = وارڈ فورمز کھلی میٹنگز ہیں جن میں رہائشی، کونسلرز اور مقامی سروسز مل کر طے کرتے ہیں کہ وارڈ میں سب سے اہم کیا ہے، اور دیکھتے ہیں کہ کام کیسا چل رہا ہے۔ کوئی بھی آ سکتا ہے۔
forums-back = { $ward } وارڈ کے فورمز
forums-back-to-ward = { $ward }
forums-city-calendar = تمام وارڈز کے فورمز اپنے کیلنڈر میں شامل کریں
forums-city-title = پورے شہر کے وارڈ فورمز
forums-schedule = فورم کی تاریخ طے کریں
forums-edit = فورم کی تفصیلات بدلیں
forums-upcoming = آنے والے فورمز
forums-past = پچھلے فورمز
forums-cancelled = منسوخ
forums-was-cancelled = یہ فورم منسوخ کر دیا گیا ہے۔
forums-to = تا
forums-online = آن لائن
forums-join-online = فورم میں آن لائن شامل ہوں
forums-none-past = ابھی تک کوئی فورم نہیں ہوا۔
forums-has-minutes = میٹنگ کے نوٹس شائع ہو گئے
forums-col-when = کب
forums-col-ward = وارڈ
forums-col-where = کہاں
forums-whats-on-near = یہاں قریب اور کیا ہو رہا ہے
forums-attendance = حاضری
forums-attendance-hint = کتنے لوگ آئے، اگر آپ نے گنتی کی ہو۔
forums-attended = { $count ->
    [one] ایک شخص آیا
   *[other] { $count } لوگ آئے
}
forums-agenda = ایجنڈا
forums-no-agenda = ایجنڈا ابھی شائع نہیں ہوا۔
forums-minutes = میٹنگ کے نوٹس
forums-minutes-hint = کن باتوں پر بات ہوئی اور کیا طے ہوا۔ کسی کی ذاتی تفصیلات شامل نہ کریں۔
forums-minutes-after = میٹنگ کے نوٹس فورم کے بعد شائع کیے جاتے ہیں۔
forums-no-minutes = میٹنگ کے نوٹس ابھی شائع نہیں ہوئے۔
forums-decided = اس فورم میں طے کی گئی ترجیحات
forums-adopted = منظور شدہ
forums-declined = منظور نہیں ہوئیں
forums-record = فورم کا ریکارڈ درج کریں
forums-cancel-legend = کیا فورم ہو رہا ہے؟
forums-going-ahead = ہو رہا ہے
forums-save-minutes = محفوظ کریں
forums-open-proposals = فیصلے کی منتظر تجاویز
forums-open-proposals-hint = کسی تجویز کو کھولیں اور درج کریں کہ اس فورم نے اسے منظور کیا یا نہیں۔
priorities-title = { $ward } کی ترجیحات
priorities-heading = وارڈ کی ترجیحات
priorities-lede = رہائشی تجویز کرتے ہیں کہ وارڈ میں سب سے اہم کیا ہے، اور ایک دوسرے کی تجاویز کی حمایت کرتے ہیں۔ وارڈ فورم ترجیحات منظور کرتا ہے، اور مقامی شراکت دار انہیں پورا کرنے کے لیے اقدامات اپنے ذمے لیتے ہیں۔
priorities-propose-title = { $ward } کے لیے ترجیح تجویز کریں
priorities-propose-lede = ہمیں بتائیں کہ آپ وارڈ فورم سے کس چیز پر کام کروانا چاہتے ہیں۔ آپ کو اکاؤنٹ کی ضرورت نہیں۔ آپ کا نام اور ای میل صرف کوآرڈینیٹر دیکھتا ہے، انہیں کبھی شائع نہیں کیا جاتا۔
priorities-back = { $ward } کی ترجیحات
priorities-add-adopted = فورم میں منظور کی گئی ترجیح درج کریں
priorities-held = { $count ->
    [one] جانچ کے لیے ایک تجویز
   *[other] جانچ کے لیے { $count } تجاویز
}
priorities-adopted = منظور شدہ ترجیحات
priorities-adopted-on = { $date } کو منظور ہوئی
priorities-proposed = رہائشیوں کی تجاویز
priorities-proposed-hint = جن تجاویز سے آپ متفق ہیں ان کی حمایت کریں: فورم سب سے زیادہ حمایت والی تجاویز کو پہلے دیکھتا ہے۔
priorities-none-proposed = ابھی کوئی کھلی تجویز نہیں ہے۔ آپ ایک تجویز دیں۔
priorities-declined = منظور نہیں ہوئیں
priorities-supporters = { $count ->
    [one] ایک حامی
   *[other] { $count } حامی
}
priorities-field-title = کس چیز کو ترجیح بنایا جائے؟
priorities-field-title-hint = مثال کے طور پر، "پرائمری اسکول کے باہر سڑک پار کرنے کی زیادہ محفوظ جگہ"
priorities-field-description = یہ کیوں اہم ہے (اختیاری)
priorities-field-description-hint = کسی کی ذاتی تفصیلات شامل نہ کریں۔
priorities-field-name = آپ کا پہلا نام (اختیاری)
priorities-field-name-hint = اسے صرف کوآرڈینیٹر دیکھتا ہے۔
priorities-field-email = آپ کا ای میل ایڈریس (اختیاری)
priorities-field-email-hint = تاکہ ہم آپ کو بتا سکیں کہ فورم نے کیا فیصلہ کیا۔ ہم اسے کسی اور کام کے لیے استعمال نہیں کرتے۔
priorities-field-website = اسے خالی چھوڑ دیں
priorities-send = اپنی تجویز بھیجیں
priorities-proposed-title = آپ کی تجویز کا شکریہ
priorities-proposed-held = وارڈ کے صفحے پر آنے سے پہلے ایک کوآرڈینیٹر اسے دیکھے گا، عام طور پر چند دنوں کے اندر۔
priorities-proposed-public = یہ اب وارڈ کے صفحے پر ہے، جہاں دوسرے رہائشی اس کی حمایت کر سکتے ہیں۔
priorities-see-yours = اپنی تجویز دیکھیں
priority-state-held = جانچ کی منتظر
priority-state-proposed = تجویز کردہ
priority-state-adopted = منظور شدہ
priority-state-declined = منظور نہیں ہوئی
priority-state-removed = ہٹا دی گئی
priority-adopted-at = اس فورم میں:
priority-progress = پیش رفت
priority-actions = اقدامات
priority-no-actions = ابھی تک کوئی اقدام طے نہیں ہوا۔
priority-timeline = اب تک کیا ہوا ہے
priority-no-timeline = ابھی تک کچھ نہیں ہوا۔
priority-decide = فیصلہ درج کریں
priority-decision = کیا فیصلہ ہوا؟
priority-decided-at = کس فورم میں؟
priority-decision-note = نوٹ
priority-decision-note-hint = اگر ترجیح منظور نہ ہو یا ہٹا دی جائے تو یہ ضروری ہے: جس شخص نے اسے تجویز کیا تھا اسے وجہ بتائی جاتی ہے۔
priority-record-decision = فیصلہ درج کریں
decision-adopt = فورم نے منظور کر لی
decision-decline = فورم نے منظور نہیں کی
decision-remove = ہٹا دیں (اسپام، بدسلوکی یا ذاتی تفصیلات)
support-heading = اس ترجیح کی حمایت کریں
support-field-email = آپ کا ای میل ایڈریس
support-field-email-hint = ہم آپ کو تصدیق کے لیے ایک لنک ای میل کرتے ہیں۔ ہم ہر ای میل ایڈریس سے صرف ایک حمایت گنتے ہیں اور ایڈریس اپنے پاس نہیں رکھتے۔
support-send = اس ترجیح کی حمایت کریں
support-sent-title = اپنی ای میل دیکھیں
support-sent = ہم نے آپ کو ایک لنک بھیجا ہے۔ اپنی حمایت شامل کرنے کے لیے اس لنک کو کھولیں۔
support-ready-title = اپنی حمایت کی تصدیق کریں
support-ready = کیا آپ "{ $title }" کے لیے اپنی حمایت شامل کرنا چاہتے ہیں؟ ہم ہر ای میل ایڈریس سے صرف ایک حمایت گنتے ہیں۔
support-ready-button = میری حمایت شامل کریں
support-already-title = آپ پہلے ہی اس کی حمایت کر چکے ہیں
support-already = آپ کی حمایت پہلے ہی گنی جا چکی ہے۔ شکریہ۔
support-counted-title = آپ کی حمایت کا شکریہ
support-counted = "{ $title }" کے لیے آپ کی حمایت گن لی گئی ہے۔ اب اس کے { $count ->
    [one] ایک حامی ہے
   *[other] { $count } حامی ہیں
}۔
support-closed-title = اس ترجیح کا فیصلہ ہو چکا ہے
support-closed = "{ $title }" کی اب حمایت نہیں کی جا سکتی: فورم اس پر فیصلہ کر چکا ہے۔
support-expired-title = اس لنک کی میعاد ختم ہو گئی ہے
support-expired = کسی ترجیح کی حمایت کے لنک 7 دن تک کام کرتے ہیں۔ ترجیح کے صفحے پر نیا لنک مانگیں۔
support-invalid-title = یہ لنک کام نہیں کر رہا
support-invalid = ہو سکتا ہے آپ کی ای میل نے لنک کو ادھورا کر دیا ہو۔ پورا لنک کاپی کر کے دیکھیں، یا ترجیح کے صفحے پر نیا لنک مانگیں۔
support-back = ترجیح پر واپس جائیں
actions-add = اقدام شامل کریں
actions-edit = اقدام میں تبدیلی کریں
actions-report = پیش رفت اپ ڈیٹ کریں
actions-due = مقررہ تاریخ { $date }
actions-overdue = مقررہ تاریخ گزر گئی
actions-owner = ذمہ دار: { $name }، { $organisation }
actions-dropped-because = چھوڑنے کی وجہ: { $reason }
actions-field-status = کام کیسا چل رہا ہے؟
actions-field-progress = پیش رفت (فیصد)
actions-field-progress-hint = 0 سے 100 تک کوئی پورا عدد۔
actions-field-note = کیا ہوا ہے
actions-field-links = ثبوت (لنکس)
actions-field-links-hint = ہر لائن میں ایک ویب لنک: تصاویر، رپورٹیں، خبریں۔
actions-field-reason = اگر چھوڑ دیا گیا تو کیوں
actions-field-reason-hint = صرف اس صورت میں جب آپ "چھوڑ دیا گیا" منتخب کریں۔
tracker-title = تمام وارڈز کے اقدامات
tracker-ward = وارڈ
tracker-every-ward = تمام وارڈز
tracker-owner = ذمہ دار
tracker-every-owner = تمام تنظیمیں
tracker-status = صورتحال
tracker-every-status = کوئی بھی صورتحال
tracker-due-from = مقررہ تاریخ: کب سے
tracker-due-to = مقررہ تاریخ: کب تک
tracker-overdue-only = صرف وہ جن کی مقررہ تاریخ گزر چکی ہے
tracker-filter = اقدامات دکھائیں
tracker-count = { $count ->
    [one] ایک اقدام
   *[other] { $count } اقدامات
}
tracker-col-action = اقدام
tracker-col-due = مقررہ تاریخ
team-link = ورچوئل ٹیم
grants-title = چھوٹی گرانٹس
grants-lede = ان کاموں کے لیے رقم جو پڑوسی مل کر کرتے ہیں۔ فیصلہ چند دنوں میں ہوتا ہے، اور فیصلہ کرنے والے پینل میں رہائشی بھی شامل ہوتے ہیں۔ چیریٹی نمبر کی ضرورت نہیں۔
grants-by-phone = آپ فون پر یا کاغذی فارم پر بھی درخواست دے سکتے ہیں: کونسل کو فون کریں اور گرانٹس ٹیم سے بات کرنے کا کہیں، وہ آپ کے ساتھ مل کر فارم بھریں گے۔
grants-none = ابھی کوئی گرانٹ فنڈ نہیں ہے۔
grants-back = تمام چھوٹی گرانٹس
grants-up-to = { $amount } تک
grants-fast-track-line = { $amount } تک کی رقم کا فیصلہ { $days } کام کے دنوں کے اندر
grants-standard-line = اس سے زیادہ رقم کا فیصلہ ایک پینل { $days } کام کے دنوں کے اندر کرتا ہے
grants-open = کھلا ہے
grants-closed = بند ہے
grants-closes-on = { $date } کو بند ہوگا
grants-rolling = سارا سال کھلا
grants-next-opens = اگلا راؤنڈ { $date } کو کھلے گا۔
grants-open-data = کھلا ڈیٹا
grants-open-data-lede = ہر گرانٹ اسی دن شائع کی جاتی ہے جس دن وہ دی جاتی ہے، 360Giving Data Standard کے مطابق۔
grants-360-json = دی گئی گرانٹس (360Giving JSON)
grants-360-csv = دی گئی گرانٹس (360Giving CSV)
grants-apply = ابھی درخواست دیں
grants-max = آپ زیادہ سے زیادہ کتنی رقم مانگ سکتے ہیں
grants-how-fast = ہم کتنی جلدی فیصلہ کرتے ہیں
grants-where = کہاں
grants-whole-city = پورا شہر
grants-who = کون درخواست دے سکتا ہے
grants-any-group = کوئی بھی کمیونٹی گروپ
grants-no-charity-number = آپ کو چیریٹی نمبر کی ضرورت نہیں: جس گروپ کا کوئی تحریری دستور (constitution) نہیں ہے، وہ دو ایسے افراد کے ساتھ درخواست دے سکتا ہے جو آپس میں رشتہ دار نہ ہوں۔
grants-criteria = پینل کن باتوں کو دیکھتا ہے
grants-criterion = { $name } (اہمیت: { $weight })
grants-budget = بجٹ
grants-pots = بجٹ وارڈز میں کیسے تقسیم ہوتا ہے
grants-col-ward = وارڈ
grants-col-pot = وارڈ کا حصہ
grants-rounds = راؤنڈز
grants-start-title = اپنی درخواست شروع کریں
grants-start-lede = ہمیں اپنے گروپ کا نام بتائیں، آپ کہاں ہیں اور ہم آپ سے کیسے رابطہ کریں۔ ہم آپ کی درخواست ساتھ ساتھ محفوظ کرتے جاتے ہیں اور آپ کو ایک لنک ای میل کرتے ہیں تاکہ آپ کسی بھی وقت اسے آگے بھر سکیں۔
grants-start-button = محفوظ کریں اور آگے بڑھیں
grants-field-group-name = آپ کے گروپ کا نام
grants-field-ward = وہ وارڈ جس میں آپ کا پروجیکٹ ہے
grants-field-ward-hint = اگر آپ کو یقین نہیں تو وہ وارڈ منتخب کریں جہاں آپ کی مدد پانے والے زیادہ تر لوگ رہتے ہیں۔
grants-field-your-name = آپ کا نام
grants-field-your-email = آپ کا ای میل ایڈریس
grants-field-your-email-hint = ہم آپ کی درخواست کا لنک اسی ایڈریس پر بھیجیں گے۔ ای میل نہیں ہے؟ اس کے بجائے فون پر درخواست دیں۔
grants-application-title = آپ کی درخواست
grants-application-lede = جتنا بھر سکتے ہیں بھریں۔ محفوظ کریں اور ہمارے ای میل کیے ہوئے لنک سے کسی بھی وقت واپس آئیں؛ جب آپ تیار ہوں تو اسے بھیج دیں۔
grants-enter-title = فون پر یا کاغذ پر لی گئی درخواست درج کریں
grants-field-channel = درخواست کیسے آئی؟
grants-field-channel-hint = اسے بالکل آن لائن درخواست کی طرح گنا جاتا ہے، اور اس پر لکھا جاتا ہے کہ یہ کیسے آئی اور کس نے اسے درج کیا۔
grants-channel-phone = فون پر
grants-channel-paper = کاغذ پر
grants-channel-online = آن لائن
grants-section-group = آپ کا گروپ
grants-field-group-kind = آپ کا گروپ کس قسم کا ہے؟
grants-field-charity-number = چیریٹی نمبر
grants-field-charity-number-hint = صرف رجسٹرڈ چیریٹی کے لیے۔
grants-field-company-number = کمپنی نمبر
grants-field-company-number-hint = صرف کمیونٹی انٹرسٹ کمپنی (community interest company) یا گارنٹی سے محدود کمپنی (company limited by guarantee) کے لیے۔
grants-section-people = درخواست دینے والے افراد
grants-field-contact-name = آپ کا نام
grants-field-contact-email = آپ کا ای میل ایڈریس
grants-field-contact-phone = آپ کا فون نمبر
grants-second-person-lede = جس گروپ کا تحریری دستور نہیں ہے وہ دو ایسے افراد کے ساتھ درخواست دیتا ہے جو آپس میں رشتہ دار نہ ہوں اور ایک ساتھ نہ رہتے ہوں۔
grants-field-second-name = دوسرے شخص کا نام
grants-field-second-email = ان کا ای میل ایڈریس
grants-field-second-phone = ان کا فون نمبر
grants-field-unrelated = دونوں افراد
grants-field-unrelated-yes = ہم آپس میں رشتہ دار نہیں ہیں اور ایک ہی پتے پر نہیں رہتے
grants-section-money = رقم کسے ملے گی
grants-field-payee = ہم رقم کہاں بھیجیں؟
grants-field-payee-hint = بینک اکاؤنٹ نہیں ہے؟ کوئی اور تنظیم جس پر آپ بھروسہ کرتے ہیں، یعنی فسکل ہوسٹ (fiscal host)، آپ کی طرف سے رقم وصول کر سکتی ہے۔
grants-payee-account = گروپ کے نام پر بینک اکاؤنٹ
grants-payee-host = فسکل ہوسٹ: کوئی اور تنظیم ہماری طرف سے رقم وصول کرے گی
grants-field-account-name = بینک اکاؤنٹ پر درج نام
grants-field-host-name = فسکل ہوسٹ کا نام
grants-field-host-email = فسکل ہوسٹ کا ای میل ایڈریس
grants-section-project = آپ کا پروجیکٹ
grants-field-project-title = آپ کے پروجیکٹ کا نام
grants-field-project-summary = آپ اس رقم سے کیا کریں گے؟
grants-field-project-summary-hint = اپنے الفاظ میں لکھیں۔ اس سے کس کی مدد ہوگی، اور کیسے؟
grants-field-amount = آپ کتنی رقم مانگ رہے ہیں، پاؤنڈ میں؟
grants-field-amount-hint = { $max } تک۔ { $fast } تک کی رقم کا فیصلہ { $days } کام کے دنوں کے اندر ہوتا ہے۔
grants-field-people-reached = یہ اندازاً کتنے لوگوں تک پہنچے گا؟
grants-section-about = آپ کے گروپ کے بارے میں (اختیاری)
grants-about-lede = ان جوابات سے ہمیں پتا چلتا ہے کہ رقم ہر کمیونٹی تک پہنچ رہی ہے یا نہیں۔ انہیں آپ کے گروپ کے نام سے کبھی شائع نہیں کیا جاتا، صرف سب کو ملا کر گنا جاتا ہے۔
grants-field-minority-led = کیا آپ کے گروپ کی قیادت سیاہ فام، ایشیائی یا نسلی اقلیتی لوگ کرتے ہیں؟
grants-field-funded-before = کیا آپ کے گروپ کو پہلے کبھی کونسل سے گرانٹ ملی ہے؟
grants-yes = ہاں
grants-no = نہیں
grants-rather-not-say = میں نہیں بتانا چاہتا/چاہتی
grants-send = درخواست بھیجیں
grants-save-later = محفوظ کریں اور بعد میں واپس آئیں
grants-status-title = درخواست { $reference }
grants-status-is = آپ کی درخواست کی صورتحال: { $state }۔
grants-asked-for = مانگی گئی رقم
grants-awarded = دی گئی رقم
grants-who-decides = فیصلہ کون کرتا ہے
grants-decided-by = آپ کو اس تاریخ تک جواب مل جائے گا
grants-reasons = وجہ
grants-asked-title = ہمیں آپ سے تھوڑی سی مزید معلومات چاہییں
grants-field-answer = آپ کا جواب
grants-send-answer = اپنا جواب بھیجیں
grants-timeline = اب تک کیا ہوا ہے
grants-event-saved = محفوظ کی گئی
grants-event-submit = بھیجی گئی
grants-event-ask = مزید معلومات مانگی گئیں
grants-event-answer = جواب دیا گیا
grants-event-award = گرانٹ دی گئی
grants-event-decline = گرانٹ نہیں دی گئی
grants-event-withdraw = واپس لے لی گئی
grants-withdraw = یہ درخواست واپس لیں
grants-manage-back = گرانٹس
grants-track-fast = فاسٹ ٹریک
grants-track-standard = پینل
grants-after-award = گرانٹ ملنے کے بعد
grants-letter-link = گرانٹ ملنے کا آپ کا خط (پرنٹ کرنے یا سنبھال کر رکھنے کے لیے)
grants-payment-is = ادائیگی: { $state }
grants-return-received = گرانٹ کے اختتام پر آپ کی رپورٹ ہمیں مل گئی ہے: شکریہ
grants-return-title = ہمیں بتائیں کہ کام کیسا رہا
grants-return-lede = جب آپ کا پروجیکٹ مکمل ہو جائے تو چند سطریں لکھ دیں، { $date } تک۔
grants-field-what-happened = کیا ہوا؟
grants-field-people-took-part = اندازاً کتنے لوگوں نے حصہ لیا؟
grants-field-spent-on = رقم کن چیزوں پر خرچ ہوئی؟
grants-field-learned = آپ نے کیا سیکھا، اور آپ اگلی بار کیا مختلف کریں گے؟
grants-send-return = اپنی رپورٹ بھیجیں
grants-reach-title = رقم کہاں گئی: { $fund }
grants-reach-link = رقم کہاں گئی، اور ہم نے کتنی جلدی فیصلہ کیا
grants-reach-round = راؤنڈ
grants-reach-all-rounds = تمام راؤنڈز
grants-reach-show = دکھائیں
grants-reach-summary = { $applications } درخواستیں، { $awards } گرانٹس دی گئیں، کل { $amount } دیے گئے۔
grants-reach-suppressed = 5 سے کم تعداد کو "5 سے کم" لکھا جاتا ہے تاکہ کوئی چھوٹا گروپ الگ سے پہچانا نہ جا سکے۔ یہی اعداد و شمار کھلے ڈیٹا کے طور پر:
grants-reach-speed = فیصلے تک کام کے دن
grants-reach-col-round = راؤنڈ
grants-reach-days = میڈین { $median }، 90% کا فیصلہ { $p90 } کے اندر ({ $count } کا فیصلہ ہوا)
grants-reach-wards = وارڈ کے لحاظ سے
grants-reach-col-deprivation = محرومی (IMD 2025 کا اوسط اسکور)
grants-reach-col-awards = دی گئی گرانٹس
grants-reach-col-amount = دی گئی رقم
grants-reach-who = رقم کن تک پہنچی
grants-reach-fewer = 5 سے کم
grants-reach-tally = { $count } گرانٹس، { $amount }
grants-reach-first-time = پہلی بار گرانٹ پانے والے گروپس
grants-reach-minority-led = سیاہ فام، ایشیائی یا نسلی اقلیتی لوگوں کی قیادت والے گروپس (گروپ کے اپنے بیان کے مطابق)
vol-sign-up-title = اپنے پڑوسیوں کی مدد کے لیے رضاکار بنیں
vol-help-title = مدد مانگیں
vol-help-lede = کوئی مقامی رضاکار خریداری، نسخے کی دوائیں لانے یا دوستانہ فون کال جیسے کاموں میں مدد کر سکتا ہے۔ ہمیں بتائیں کہ کیا مدد چاہیے۔ پتا اور فون نمبر صرف اسی رضاکار کو دکھایا جاتا ہے جو یہ کام اپنے ذمے لیتا ہے۔
vol-help-button = مدد مانگیں
vol-record-title = مدد کی درخواست درج کریں
vol-record-lede = اس رہائشی کے لیے جس نے فون کیا یا کاغذی فارم بھیجا۔ اسے بالکل آن لائن درخواست کی طرح دیکھا جاتا ہے، اور ریکارڈ میں لکھا جاتا ہے کہ یہ درخواست آپ نے لی۔
vol-record-button = درخواست درج کریں
vol-field-what = کیا مدد چاہیے؟
vol-field-help-skills = یہ کس قسم کی مدد ہے؟
vol-field-resident-name = جس شخص کی مدد کرنی ہے اس کا نام
vol-field-address = گھر کا نمبر اور گلی
vol-field-address-hint = گھر کا نمبر صرف وہی رضاکار دیکھتا ہے جو یہ کام اپنے ذمے لیتا ہے۔
vol-field-postcode = پوسٹ کوڈ
vol-field-resident-phone = فون نمبر جس پر رضاکار کال کر سکے
vol-field-urgency = مدد کتنی جلدی چاہیے؟
vol-field-needed-by = کب تک چاہیے (اختیاری)
vol-field-needed-by-hint = مثال کے طور پر، 2026-03-31۔
vol-field-language = رضاکار کو کون سی زبان بولنی چاہیے
vol-field-language-english = انگریزی ٹھیک ہے
vol-field-person = یہ مدد کس کے لیے ہے؟
vol-field-in-home-legend = گھر جانا
vol-field-in-home = رضاکار گھر کے اندر جائے گا
vol-field-car-needed-legend = گاڑی
vol-field-car-needed = اس کام کے لیے گاڑی چاہیے
vol-field-when = یہ کام کب ہو سکتا ہے؟
vol-field-when-hint = اگر کوئی بھی وقت ٹھیک ہے تو کسی خانے پر نشان نہ لگائیں۔
vol-field-level = کون سا DBS چیک درکار ہے
vol-field-level-hint = Kith یہ چیک اس بات سے طے کرتا ہے کہ مدد کس کے لیے ہے اور آیا رضاکار گھر کے اندر جاتا ہے۔ اگر آپ کو مزید معلومات ہیں تو زیادہ چیک مانگیں؛ کبھی کم نہیں۔
vol-field-level-rule = قاعدے کے مطابق
vol-field-workforce = ورک فورس (کس کے ساتھ کام)
vol-help-sent-title = ہمیں آپ کی درخواست مل گئی ہے
vol-help-sent-reference = آپ کا ریفرنس نمبر
vol-help-sent-next = ایک کوآرڈینیٹر آپ کے قریب کوئی رضاکار تلاش کرے گا۔ رضاکار آنے سے پہلے آپ کو فون کرے گا۔
vol-opportunities-title = رضاکارانہ کام
vol-opportunities-lede = مقامی تنظیمیں جنہیں رضاکاروں کی ضرورت ہے: باقاعدہ کام اور ایک بار کے کام۔
vol-opportunities-none = کوئی مناسب موقع نہیں ملا۔
vol-field-interest = دلچسپی
vol-any-interest = کوئی بھی
vol-find = تلاش کریں
vol-away = { $distance } دور
vol-starts = { $date } سے شروع

# Paper
print-large = یہ صفحہ بڑے حروف میں دکھائیں
print-standard = یہ صفحہ عام حروف میں دکھائیں
print-hint = اسے اپنے براؤزر کے مینو سے پرنٹ کریں؛ یہ ویسا ہی پرنٹ ہوتا ہے جیسا دکھتا ہے۔

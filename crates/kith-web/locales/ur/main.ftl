# Kith — اردو (Urdu). The ward finder and the page shell; everything else falls back to English.

language-name = اردو
language-direction = rtl

service-name = کِتھ
skip-to-main-content = مرکزی مواد پر جائیں
nav-label = مینو
nav-wards = وارڈز
nav-sign-in = سائن ان کریں
nav-sign-out = سائن آؤٹ کریں
language-switch-label = زبان منتخب کریں
demo-tag = نمونہ
demo-banner = یہ ایک نمونے کا شہر ہے۔ لوگ، رابطے کی تفصیلات اور اکاؤنٹس فرضی ہیں؛ جگہیں حقیقی کھلا ڈیٹا ہیں۔
footer-support-links = مددگار روابط
footer-accessibility = رسائی کا بیان
footer-privacy = رازداری کا نوٹس

error-summary-title = ایک مسئلہ ہے
error-prefix = خرابی:
error-title-prefix = خرابی:
error-go-home = پہلے صفحے پر جائیں
error-not-found-title = صفحہ نہیں ملا
error-not-found-body = اگر آپ نے ویب ایڈریس لکھا ہے تو چیک کریں کہ وہ درست ہے۔

finder-title = اپنا وارڈ تلاش کریں
finder-heading = اپنا وارڈ تلاش کریں
finder-lede = { $city } میں اپنا وارڈ، اس کے کونسلرز اور محلے کے کوآرڈینیٹر کو تلاش کرنے کے لیے پوسٹ کوڈ درج کریں، جو آپ کے رابطے کا ذریعہ ہیں۔
finder-postcode-label = پوسٹ کوڈ
finder-postcode-hint = مثال کے طور پر، B15 2TT
finder-submit = وارڈ تلاش کریں
finder-browse = یا تمام وارڈز دیکھیں
finder-error-postcode-missing = پوسٹ کوڈ درج کریں
finder-error-postcode-malformed = درست پوسٹ کوڈ درج کریں، جیسے B15 2TT
finder-error-postcode-unknown = ہمیں { $postcode } نہیں ملا۔ پوسٹ کوڈ چیک کریں اور دوبارہ کوشش کریں
finder-error-postcode-outside-known = { $postcode } { $city } میں نہیں ہے۔ یہ { $council } میں ہے: وہاں کی خدمات کے لیے { $council } کونسل سے رابطہ کریں
finder-error-postcode-outside = { $postcode } { $city } میں نہیں ہے۔ وہاں کی خدمات کے لیے اپنی مقامی کونسل سے رابطہ کریں

wards-title = تمام وارڈز
wards-heading = { $city } کے وارڈز
wards-lede = { $count } وارڈز ہیں۔ ہر وارڈ کونسلرز منتخب کرتا ہے اور اس کا ایک محلہ کوآرڈینیٹر ہوتا ہے۔
wards-map-heading = وارڈز کا نقشہ
wards-map-hint = کسی وارڈ کے صفحے پر جانے کے لیے نقشے پر اسے منتخب کریں، یا نیچے دی گئی فہرست استعمال کریں۔
wards-map-title = { $city } کے وارڈز کا نقشہ
wards-list-heading = وارڈز کی فہرست

ward-title = { $ward } وارڈ
ward-back = تمام وارڈز
ward-caption = { $city } کا وارڈ
ward-contact-heading = آپ کے رابطے کا ذریعہ
ward-coordinator-role = محلہ کوآرڈینیٹر
ward-no-coordinator = اس وارڈ کا ابھی کوئی محلہ کوآرڈینیٹر نہیں ہے۔
ward-councillors-heading = کونسلرز
ward-no-councillors = ہمارے پاس ابھی اس وارڈ کے کونسلرز کی معلومات نہیں ہیں۔
ward-neighbourhood-heading = محلہ
ward-neighbourhood-wards = وارڈز:
ward-no-neighbourhood = یہ وارڈ ابھی کسی محلے کا حصہ نہیں ہے۔
ward-map-heading = نقشہ
ward-map-title = { $ward } وارڈ اور اس کے آس پاس کے وارڈز کا نقشہ
ward-code = وارڈ کوڈ { $code }، { $generation } کی حدود۔
ward-boundary-download = حد ڈاؤن لوڈ کریں (GeoJSON)
contact-email = ای میل
contact-phone = ٹیلیفون

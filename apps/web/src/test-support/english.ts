import { setTranslatorMessages } from "~/i18n/translator";
import en from "../../messages/en.json";

// Unit tests run the event handlers without a page: they speak English.
setTranslatorMessages("en", en);

import { checkChosenFile, type UploadMessages } from "@/lib/image-sniff";
import { useEditorAction } from "./use-editor-action";

/** An image sent to one of the editor's upload actions, checked here before it is sent. */
export function useUpload(messages: UploadMessages, onSessionEnded: () => void) {
  const action = useEditorAction("The upload did not reach the site. Try again.", onSessionEnded);

  /** Whether the file passes the server's own first check; if not, says so, sending nothing. */
  const checkFile = (file: File | undefined): file is File => {
    const chosen = checkChosenFile(file, messages);
    if ("file" in chosen) return true;
    action.refuse(chosen.refused);
    return false;
  };

  return { ...action, checkFile };
}

import { MAX_COVER_BYTES, type UploadMessages } from "@/lib/image-sniff";
import { useEditorAction } from "./use-editor-action";

/** An image sent to one of the editor's upload actions, checked here before it is sent. */
export function useUpload(messages: UploadMessages, onSessionEnded: () => void) {
  const action = useEditorAction("The upload did not reach the site. Try again.", onSessionEnded);

  /** Whether there is a file no larger than the server takes; if not, says so, sending nothing. */
  const checkFile = (file: File | undefined): file is File => {
    const problem = !file ? messages.missing : file.size > MAX_COVER_BYTES ? messages.tooLarge : "";
    if (problem) action.refuse(problem);
    return problem === "";
  };

  return { ...action, checkFile };
}
